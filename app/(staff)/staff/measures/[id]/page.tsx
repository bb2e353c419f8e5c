import { getRoundOverview } from "@/lib/surveys/queries";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { count, formatDateTime, plural } from "@/lib/format";
import { SurveyMethod } from "@/lib/generated/prisma/enums";
import { methodLabel, REGIME_LABEL, ROUND_STATUS_LABEL } from "@/lib/surveys/labels";
import { closeRoundAction } from "../actions";
import { loadRound } from "./load";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Survey round" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ imported?: string; closed?: string }> };

const RoundPage = async ({ params, searchParams }: Props) => {
  const { round } = await loadRound(params, getRoundOverview);
  const { imported, closed } = await searchParams;
  const total = (round.byTenure.LCRA ?? 0) + (round.byTenure.LCHO ?? 0);
  const base = `/staff/measures/${round.id}`;
  const open = round.status === "OPEN";
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/measures">Back to survey rounds</Link>
      </p>
      <PageHeading caption={REGIME_LABEL[round.regime]}>Perception survey {financialYearLabel(round.year)}</PageHeading>
      {imported && /^\d+$/.test(imported) && (
        <Notice
          title={`${count(Number(imported), "response")} ${plural(Number(imported), "has", "have")} been imported`}
        />
      )}
      {closed && round.status === "CLOSED" && <Notice title="The round is closed. It takes no more responses." />}
      <SummaryList
        rows={[
          { term: "Status", value: ROUND_STATUS_LABEL[round.status] },
          { term: "Opened", value: formatDateTime(round.openedAt) },
          ...(round.closedAt ? [{ term: "Closed", value: formatDateTime(round.closedAt) }] : []),
          { term: "Target margin of error", value: `${round.targetMargin} percentage points` },
          {
            term: "Homes in scope when opened",
            value: `${round.populationLcra} low-cost rental (LCRA), ${round.populationLcho} low-cost home ownership (LCHO)`,
          },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">Respondents</h2>
      <div className="mb-8 grid max-w-3xl gap-8 sm:grid-cols-2">
        <DataTable
          caption="Respondents by how they answered"
          rowKey={(row) => row.method ?? "none"}
          rows={[
            ...Object.values(SurveyMethod).map((method) => ({ method, count: round.byMethod[method] ?? 0 })),
            ...(round.methodNotStated > 0 ? [{ method: null, count: round.methodNotStated }] : []),
          ]}
          columns={[
            { header: "How they answered", cell: (row) => methodLabel(row.method) },
            { header: "Respondents", cell: (row) => row.count },
          ]}
        />
        <DataTable
          caption="Respondents by tenure"
          rowKey={(row) => row.tenure}
          rows={[
            { tenure: "Low-cost rental (LCRA)", count: round.byTenure.LCRA ?? 0 },
            { tenure: "Low-cost home ownership (LCHO)", count: round.byTenure.LCHO ?? 0 },
            { tenure: "All", count: total },
          ]}
          columns={[
            { header: "Tenure", cell: (row) => row.tenure },
            { header: "Respondents", cell: (row) => row.count },
          ]}
        />
      </div>
      <h2 className="mb-2 text-2xl font-bold">What you can do</h2>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        {open && (
          <>
            <li>
              <Link href={`${base}/responses/new`}>Enter a telephone, paper or face-to-face response</Link>
            </li>
            <li>
              <Link href={`${base}/import`}>Import a contractor&apos;s file of responses</Link>
            </li>
          </>
        )}
        <li>
          <Link href={`${base}/results`}>Results</Link>
        </li>
        <li>
          <Link href={`${base}/plan`}>Sampling plan</Link>
        </li>
      </ul>
      {open && (
        <section aria-labelledby="close-round" className="max-w-2xl">
          <h2 id="close-round" className="mb-2 text-2xl font-bold">
            Close the round
          </h2>
          <p className="mb-4">
            Once closed, the round takes no more responses, online or entered here. This cannot be undone.
          </p>
          <ActionButton action={closeRoundAction} fields={{ roundId: round.id }}>
            Close round
          </ActionButton>
        </section>
      )}
    </>
  );
};

export default RoundPage;
