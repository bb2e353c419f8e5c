import type { Metadata } from "next";
import { ReachSummaryTables, SeldomHeardList } from "@/components/reach/reach-summary";
import { ReachYearPicker } from "@/components/reach/reach-year-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { ZReachQuery } from "@/lib/reach/schemas";
import { getReachSummary } from "@/lib/reach/summary";
import { financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Who takes part" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BoardReachPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const current = financialYearOf(new Date());
  const year = ZReachQuery.parse(await searchParams).year ?? current;
  const summary = await getReachSummary(year);
  return (
    <>
      <PageHeading caption={`Board area: ${summary.period}`}>Who takes part</PageHeading>
      <p className="mb-6 max-w-2xl">
        {summary.involved} people took part in {summary.period} out of {summary.customers} customers: by answering a
        consultation, coming to an event, training, belonging to a group or giving feedback. Shares based on fewer than{" "}
        {SMALL_NUMBER_THRESHOLD} people are hidden.
      </p>
      <ReachYearPicker current={current} year={year} />
      <h2 className="mb-2 text-2xl font-bold">Seldom heard</h2>
      <p className="mb-2 max-w-2xl">
        Groups whose share of those involved is {summary.gapPoints} or more percentage points below their share of
        customers.
      </p>
      <SeldomHeardList summary={summary} />
      <ReachSummaryTables summary={summary} />
    </>
  );
};

export default BoardReachPage;
