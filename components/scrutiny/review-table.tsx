import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import { REVIEW_STATUS_LABEL } from "@/lib/scrutiny/labels";
import type { ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";

type Row = {
  id: string;
  title: string;
  status: ScrutinyReviewStatus;
  publishedAt: Date | null;
  panel: { name: string };
  _count: { recommendations: number };
};

/** Reviews in a table, each linking to its page in the reader's area. */
type Props = { reviews: Row[]; href: (id: string) => string; caption: string; empty?: string };

export const ReviewTable = ({ reviews, href, caption, empty = "There are no reviews yet." }: Props) =>
  reviews.length === 0 ? (
    <p className="mb-8">{empty}</p>
  ) : (
    <div className="mb-8">
      <DataTable
        caption={caption}
        rows={reviews}
        rowKey={(review) => review.id}
        columns={[
          { header: "Review", cell: (review) => <Link href={href(review.id)}>{review.title}</Link> },
          { header: "Panel", cell: (review) => review.panel.name },
          { header: "Stage", cell: (review) => REVIEW_STATUS_LABEL[review.status] },
          { header: "Recommendations", cell: (review) => review._count.recommendations },
          { header: "Published", cell: (review) => formatDate(review.publishedAt, "Not yet") },
        ]}
      />
    </div>
  );
