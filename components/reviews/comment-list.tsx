import { formatDateTime } from "@/lib/format";

type Comment = { id: string; text: string; createdAt: Date; author?: { name: string } };

/** Comments on a draft or one of its sections, oldest first; authors are named for officers only. */
export const CommentList = ({ comments, label, empty }: { comments: Comment[]; label: string; empty: string }) => (
  <div className="border-l-4 border-gray-400 pl-4">
    <h3 className="mb-2 text-lg font-bold">{label}</h3>
    {comments.length === 0 ? (
      <p className="text-gray-700">{empty}</p>
    ) : (
      <ul className="space-y-3">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="whitespace-pre-line break-words">{comment.text}</p>
            <p className="text-sm text-gray-700">
              {comment.author ? `${comment.author.name}, ` : ""}
              {formatDateTime(comment.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    )}
  </div>
);
