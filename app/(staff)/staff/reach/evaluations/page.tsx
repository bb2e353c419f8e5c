import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { getEvaluationResults, type EvaluationFigures } from "@/lib/reach/evaluation-results";

export const metadata: Metadata = { title: "What people said about taking part" };

const kindLabel = (kind: string) => (kind === "CONSULTATION" ? "Consultation" : EVENT_KIND_LABEL[kind as EventKind]);
const HELD_BACK = `held back (fewer than ${SMALL_NUMBER_THRESHOLD} answers)`;
const spread = (yes: number, partly: number, no: number) => `${yes} yes, ${partly} partly, ${no} no`;

const figureColumns = <T extends EvaluationFigures & { shown: boolean }>() => [
  { header: "Answers", cell: (row: T) => (row.shown ? row.answered : `fewer than ${SMALL_NUMBER_THRESHOLD}`) },
  {
    header: "Easy to take part?",
    cell: (row: T) => (row.shown ? spread(row.accessibleYes, row.accessiblePartly, row.accessibleNo) : HELD_BACK),
  },
  {
    header: "Felt listened to?",
    cell: (row: T) => (row.shown ? spread(row.listenedYes, row.listenedPartly, row.listenedNo) : HELD_BACK),
  },
];

const EvaluationResultsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const { kinds, activities } = await getEvaluationResults();
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/reach">Back to who takes part</Link>
      </p>
      <PageHeading caption="Reach">What people said about taking part</PageHeading>
      <p className="mb-6 max-w-2xl">
        Anonymous answers from people who came to an event or meeting or answered a consultation. Where fewer than{" "}
        {SMALL_NUMBER_THRESHOLD} people answered, the figures and comments are held back so nobody can be picked out.
      </p>
      <h2 className="mb-2 text-2xl font-bold">By kind of activity</h2>
      {kinds.length === 0 ? (
        <p className="mb-8">Nobody has answered yet.</p>
      ) : (
        <DataTable
          caption="Evaluation answers by kind of activity"
          rows={kinds}
          rowKey={(row) => row.kind}
          columns={[{ header: "Kind", cell: (row) => kindLabel(row.kind) }, ...figureColumns<(typeof kinds)[number]>()]}
        />
      )}
      <h2 className="mb-2 mt-8 text-2xl font-bold">By activity</h2>
      {activities.length === 0 ? (
        <p>Nobody has answered yet.</p>
      ) : (
        <>
          <DataTable
            caption="Evaluation answers by activity"
            rows={activities}
            rowKey={(row) => row.activityId}
            columns={[
              { header: "Activity", cell: (row) => `${row.title} (${kindLabel(row.kind).toLowerCase()})` },
              ...figureColumns<(typeof activities)[number]>(),
            ]}
          />
          {activities
            .filter((row) => row.comments.length > 0)
            .map((row) => (
              <section key={row.activityId} className="mt-6 max-w-2xl">
                <h3 className="mb-2 text-xl font-bold">What would help: {row.title}</h3>
                <ul className="list-disc space-y-1 pl-6">
                  {row.comments.map((comment, index) => (
                    <li key={index}>{comment}</li>
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
    </>
  );
};

export default EvaluationResultsPage;
