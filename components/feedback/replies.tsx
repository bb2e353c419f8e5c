import { formatDateTime } from "@/lib/format";

type Props = { replies: { id: string; text: string; createdAt: Date }[]; empty: string };

/** Officers' replies in order, as the tenant and officers both see them. */
export const Replies = ({ replies, empty }: Props) =>
  replies.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ol className="space-y-4">
      {replies.map((reply) => (
        <li key={reply.id} className="border-l-4 border-green-800 pl-4">
          <p className="text-gray-700">{formatDateTime(reply.createdAt)}</p>
          <p className="whitespace-pre-line">{reply.text}</p>
        </li>
      ))}
    </ol>
  );
