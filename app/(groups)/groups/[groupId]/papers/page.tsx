import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { listPapers } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { canRunMeetings } from "@/lib/groups/space-rules";
import { formatDate } from "@/lib/format";
import { PaperList } from "../paper-list";

export const metadata: Metadata = { title: "Meeting papers" };

type Props = { params: Promise<{ groupId: string }> };

const PapersPage = async ({ params }: Props) => {
  const access = await requireGroupSpace((await params).groupId);
  const papers = await listPapers(access.group.id, "meeting");
  const meetings = [...new Map(papers.map((p) => [p.meeting?.id ?? "", p.meeting])).values()];
  return (
    <>
      <PageHeading>Meeting papers</PageHeading>
      <p className="mb-6 max-w-3xl">Papers are for members only until the group publishes them.</p>
      {papers.length === 0 && <p>No papers yet.</p>}
      {meetings.map(
        (meeting) =>
          meeting && (
            <section key={meeting.id} aria-labelledby={`papers-${meeting.id}`}>
              <h2 id={`papers-${meeting.id}`} className="mb-2 text-xl font-bold">
                {meeting.title}, {formatDate(meeting.startsAt)}
              </h2>
              <PaperList
                papers={papers.filter((p) => p.meeting?.id === meeting.id)}
                canPublish={canRunMeetings(access)}
              />
            </section>
          ),
      )}
    </>
  );
};

export default PapersPage;
