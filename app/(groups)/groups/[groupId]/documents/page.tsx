import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { listPapers } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { canRunMeetings } from "@/lib/groups/space-rules";
import { uploadPaperAction } from "../actions";
import { PaperList } from "../paper-list";

export const metadata: Metadata = { title: "Group documents" };

type Props = { params: Promise<{ groupId: string }> };

/** The group's standing documents (terms of reference, constitution, work plan): PDFs not tied to one meeting. */
const DocumentsPage = async ({ params }: Props) => {
  const access = await requireGroupSpace((await params).groupId);
  const documents = await listPapers(access.group.id, "document");
  return (
    <>
      <PageHeading>Documents</PageHeading>
      <PaperList papers={documents} canPublish={canRunMeetings(access)} />
      {canRunMeetings(access) && (
        <ActionForm
          action={uploadPaperAction}
          label="File a document"
          hidden={{ groupId: access.group.id }}
          submit="File the document"
          fields={[
            { kind: "heading", name: "upload", label: "File a document" },
            { kind: "text", name: "title", label: "Title" },
            {
              kind: "file",
              name: "file",
              label: "PDF file",
              hint: "A PDF of 10 MB or less.",
              accept: "application/pdf",
            },
          ]}
        />
      )}
    </>
  );
};

export default DocumentsPage;
