import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { count, formatDate } from "@/lib/format";
import { listThreads } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { startThreadAction } from "../actions";

export const metadata: Metadata = { title: "Group discussions" };

type Props = { params: Promise<{ groupId: string }> };

const DiscussionsPage = async ({ params }: Props) => {
  const { group } = await requireGroupSpace((await params).groupId);
  const threads = await listThreads(group.id);
  return (
    <>
      <PageHeading>Discussions</PageHeading>
      {threads.length === 0 ? (
        <p className="mb-6">No discussions yet.</p>
      ) : (
        <ul className="mb-8 space-y-3">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link href={`/groups/${group.id}/discussions/${thread.id}`}>{thread.title}</Link>: started by{" "}
              {thread.author.name} on {formatDate(thread.createdAt)}, {count(thread._count.posts, "message")}
            </li>
          ))}
        </ul>
      )}
      <div className="max-w-3xl">
        <ActionForm
          action={startThreadAction}
          label="Start a discussion"
          hidden={{ groupId: group.id }}
          submit="Start the discussion"
          fields={[
            { kind: "heading", name: "start", label: "Start a discussion" },
            { kind: "text", name: "title", label: "Title" },
            { kind: "textarea", name: "body", label: "Your message", rows: 6 },
          ]}
        />
      </div>
    </>
  );
};

export default DiscussionsPage;
