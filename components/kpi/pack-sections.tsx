import Link from "next/link";
import { SeldomHeardList } from "@/components/reach/reach-summary";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { PackContent } from "@/lib/kpi/pack";
import { scrutinyHeadline } from "@/lib/kpi/pack-rows";
import { RagTag } from "./rag-tag";

const NOT_IN_PACK = "Not part of this pack when it was presented.";

/** Agreed scrutiny actions open and overdue, as the pack gives them. */
export const PackScrutinySection = ({ scrutiny }: { scrutiny: PackContent["scrutiny"] }) => {
  if (!scrutiny) return <p>{NOT_IN_PACK}</p>;
  return (
    <>
      <p className="mb-2">{scrutinyHeadline(scrutiny)}</p>
      {scrutiny.actions.length > 0 && (
        <DataTable
          caption="Agreed scrutiny actions not yet complete, soonest due first"
          rowKey={(row) => `${row.review}-${row.number}`}
          rows={scrutiny.actions}
          columns={[
            { header: "Review", cell: (row) => row.review },
            { header: "Recommendation", cell: (row) => row.number },
            { header: "Action", cell: (row) => row.action },
            { header: "Owner", cell: (row) => row.owner },
            { header: "Due", cell: (row) => (row.dueOn ? formatDate(new Date(row.dueOn)) : "No date") },
            { header: "Overdue", cell: (row) => (row.overdue ? "Overdue" : "") },
          ]}
        />
      )}
    </>
  );
};

/** The quarter's feedback counted by service area: counts only. */
export const PackFeedbackSection = ({ feedback }: { feedback: PackContent["feedback"] }) => {
  if (!feedback) return <p>{NOT_IN_PACK}</p>;
  if (feedback.length === 0) return <p>No feedback was received this quarter.</p>;
  return (
    <DataTable
      caption="Feedback this quarter by service"
      rowKey={(row) => row.serviceArea}
      rows={feedback}
      columns={[
        { header: "Service", cell: (row) => row.serviceArea },
        { header: "Compliments", cell: (row) => row.compliments },
        { header: "Complaints", cell: (row) => row.complaints },
        { header: "Comments and suggestions", cell: (row) => row.other },
      ]}
    />
  );
};

/** The perception measures the KPIs take from the latest closed survey, with the round each came from. */
export const PackSurveySection = ({ tiles }: { tiles: PackContent["tiles"] }) => {
  const measures = tiles.filter((tile) => tile.source === "PERCEPTION_MEASURE");
  if (measures.length === 0) return <p>No KPI reports a perception survey measure.</p>;
  return (
    <DataTable
      caption="Latest survey results"
      rowKey={(tile) => tile.code}
      rows={measures}
      columns={[
        { header: "Measure", cell: (tile) => `${tile.code} ${tile.name}` },
        { header: "Result", cell: (tile) => tile.shown },
        { header: "Status", cell: (tile) => <RagTag rag={tile.rag} /> },
        { header: "Survey", cell: (tile) => tile.provenance },
      ]}
    />
  );
};

/** Who takes part in the quarter's financial year: the totals and the seldom-heard groups, the rest on /board/reach. */
export const PackReachSection = ({ reach, year }: { reach: PackContent["reach"]; year: number }) => {
  if (!reach) return <p>{NOT_IN_PACK}</p>;
  return (
    <>
      <p className="mb-2">
        {reach.involved} people took part in {reach.period} out of {reach.customers} customers. Seldom heard: groups{" "}
        {reach.gapPoints} or more percentage points below their share of customers.
      </p>
      <SeldomHeardList summary={reach} />
      <p>
        <Link href={`/board/reach?year=${year}`}>Every group and dimension for {reach.period}</Link>
      </p>
    </>
  );
};
