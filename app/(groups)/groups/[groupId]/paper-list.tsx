import { ActionButton } from "@/components/ui/action-button";
import { describeSize } from "@/lib/consultations/document-rules";
import { formatDate } from "@/lib/format";
import { paperHref } from "@/lib/groups/papers";
import { publishPaperAction } from "./actions";

type Paper = { id: string; groupId: string; title: string; sizeBytes: number; publishedAt: Date | null };

/** A group's PDFs with their size and who may see them; the group's chair, secretary and officers may publish one. */
export const PaperList = ({ papers, canPublish }: { papers: Paper[]; canPublish: boolean }) =>
  papers.length === 0 ? (
    <p className="mb-6">No papers yet.</p>
  ) : (
    <ul className="mb-6 space-y-3">
      {papers.map((paper) => (
        <li key={paper.id}>
          <a href={paperHref(paper)}>{paper.title}</a> ({describeSize(paper.sizeBytes)}).{" "}
          {paper.publishedAt ? `Published ${formatDate(paper.publishedAt)}.` : "Members only."}{" "}
          {canPublish && !paper.publishedAt && (
            <ActionButton
              action={publishPaperAction}
              fields={{ groupId: paper.groupId, paperId: paper.id }}
              context={paper.title}
            >
              Publish
            </ActionButton>
          )}
        </li>
      ))}
    </ul>
  );
