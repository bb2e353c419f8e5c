import type { Metadata } from "next";
import Link from "next/link";
import { BoardNav } from "@/components/kpi/board-nav";
import { ReviewTable } from "@/components/scrutiny/review-table";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { PROGRESS_LABEL, RESPONSE_LABEL } from "@/lib/scrutiny/labels";
import { listOpenActions, listReviews, recommendationCounts } from "@/lib/scrutiny/queries";
import { recommendationProgress } from "@/lib/scrutiny/rules";

export const metadata: Metadata = { title: "Scrutiny: reviews and recommendations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BoardScrutinyPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  const [{ quarter }, reviews, counts, open] = await Promise.all([
    searchParams.then((query) => readBoardQuery(query, now)),
    listReviews("staff"),
    recommendationCounts(now),
    listOpenActions(),
  ]);
  return (
    <>
      <PageHeading caption="Board area">Scrutiny: reviews and recommendations</PageHeading>
      <BoardNav quarter={quarter} current="/board/scrutiny" />
      <p className="mb-4">Counts as at today, {formatDate(now)}.</p>
      <SummaryList
        rows={[
          { term: "Reviews", value: counts.reviews },
          { term: "Recommendations awaiting the landlord's response", value: counts.awaitingResponse },
          { term: "Agreed actions open", value: counts.openActions },
          { term: "Agreed actions overdue", value: counts.overdue },
          { term: "Agreed actions complete", value: counts.complete },
        ]}
      />
      <p className="mb-8">
        <a href="/board/scrutiny/tracker.csv" download>
          Download the recommendation tracker (CSV)
        </a>
        {" · "}
        <Link href="/board/assurance">Assurance evidence by outcome</Link>
      </p>
      <h2 className="mb-2 text-2xl font-bold">Reviews</h2>
      <ReviewTable reviews={reviews} href={(id) => `/board/scrutiny/${id}`} caption="Scrutiny reviews" />
      <h2 className="mb-2 text-2xl font-bold">Open actions</h2>
      {open.length === 0 ? (
        <p>There are no open actions.</p>
      ) : (
        <DataTable
          caption="Agreed actions not yet complete, soonest due first"
          rows={open}
          rowKey={(row) => row.id}
          columns={[
            {
              header: "Recommendation",
              cell: (row) => (
                <Link
                  href={`/board/scrutiny/${row.review.id}#recommendation-${row.number}`}
                >{`${row.review.title}: ${row.number}`}</Link>
              ),
            },
            { header: "Response", cell: (row) => (row.response ? RESPONSE_LABEL[row.response] : "") },
            { header: "Action", cell: (row) => row.action },
            { header: "Owner", cell: (row) => row.actionOwner },
            { header: "Due", cell: (row) => formatDate(row.dueOn) },
            {
              header: "Progress",
              cell: (row) => {
                const progress = recommendationProgress(row, now);
                return progress === "OVERDUE" ? (
                  <strong className="text-red-800">{PROGRESS_LABEL.OVERDUE}</strong>
                ) : (
                  PROGRESS_LABEL[progress]
                );
              },
            },
          ]}
        />
      )}
    </>
  );
};

export default BoardScrutinyPage;
