import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDateTime } from "@/lib/format";
import { getThread } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { replyAction } from "../../actions";

export const metadata: Metadata = { title: "Group discussion" };

type Props = { params: Promise<{ groupId: string; threadId: string }> };

const ThreadPage = async ({ params }: Props) => {
  const { groupId, threadId } = await params;
  const { group } = await requireGroupSpace(groupId);
  const thread = await getThread(group.id, threadId);
  if (!thread) notFound();
  return (
    <>
      <PageHeading>{thread.title}</PageHeading>
      <ol className="mb-8 max-w-3xl space-y-4">
        {thread.posts.map((post) => (
          <li key={post.id} className="border-l-4 border-gray-400 pl-4">
            <p className="font-bold">
              {post.author.name}, {formatDateTime(post.createdAt)}
            </p>
            <p className="whitespace-pre-line">{post.body}</p>
          </li>
        ))}
      </ol>
      <div className="max-w-3xl">
        <ActionForm
          action={replyAction}
          label="Reply"
          hidden={{ groupId: group.id, threadId: thread.id }}
          submit="Post your reply"
          fields={[{ kind: "textarea", name: "body", label: "Your reply", rows: 5 }]}
        />
      </div>
    </>
  );
};

export default ThreadPage;
