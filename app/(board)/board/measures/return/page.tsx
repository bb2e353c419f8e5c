import type { Metadata } from "next";
import { BoardNav } from "@/components/kpi/board-nav";
import { ReturnView } from "@/components/regulatory-return/return-view";
import { YearPicker } from "@/components/ui/year-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { getLandlord } from "@/lib/landlord/queries";
import { getReturn, listReturnYears } from "@/lib/regulatory-return/queries";
import { ZReturnQuery } from "@/lib/regulatory-return/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "The regulator's return" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The board reads the return officers build: the same figures, nothing to change. */
const BoardReturnPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const landlord = await getLandlord();
  const asked = await searchParams;
  const query = ZReturnQuery.parse(asked);
  const now = new Date();
  const { quarter } = await readBoardQuery(asked, now);
  const year = query.year ?? financialYearOf(now) - 1;
  const [view, years] = await Promise.all([getReturn(landlord.regime, year), listReturnYears(landlord.regime)]);
  return (
    <>
      <PageHeading caption={landlord.name}>The regulator&apos;s return, {financialYearLabel(year)}</PageHeading>
      <BoardNav quarter={quarter} current="/board/measures" />
      <YearPicker years={years} year={year} emptyLabel="The year just finished" />
      <p className="mb-6">
        <a href={`/staff/measures/return.csv?year=${year}`} download>
          Download the {financialYearLabel(year)} return (CSV)
        </a>
      </p>
      <ReturnView view={view} />
    </>
  );
};

export default BoardReturnPage;
