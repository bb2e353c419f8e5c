import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";
import { BoardNav } from "@/components/kpi/board-nav";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { optionalQueryParam } from "@/lib/forms";
import { KIND_LABEL, SERVICE_AREA_LABEL } from "@/lib/feedback/labels";
import { feedbackThemes } from "@/lib/feedback/queries";
import { THEME_KINDS, themeTable } from "@/lib/feedback/rules";
import { CALENDAR_YEARS } from "@/lib/measures/bank-holidays";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { financialYearDays, financialYearLabel } from "@/lib/uk-time";
import { z } from "zod";

export const metadata: Metadata = { title: "Feedback themes" };

const ZYear = z.object({
  year: optionalQueryParam(z.coerce.number().int().min(CALENDAR_YEARS.first).max(CALENDAR_YEARS.last)),
});

const BoardFeedbackPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  await requireRole(AREA_ROLES.board);
  const query = await searchParams;
  // Opens on the board's reporting quarter's year, like every board page (decision 20).
  const { quarter } = await readBoardQuery(query, new Date());
  const year = ZYear.parse(query).year ?? quarter.year;
  const { from, to } = financialYearDays(year);
  const rows = themeTable(await feedbackThemes(from, to));
  const years = Array.from({ length: CALENDAR_YEARS.last - CALENDAR_YEARS.first }, (_, i) => CALENDAR_YEARS.first + i);
  return (
    <>
      <PageHeading caption={`Financial year ${financialYearLabel(year)}`}>Feedback themes</PageHeading>
      <BoardNav quarter={quarter} current="/board/feedback" />
      <p className="mb-6 max-w-2xl">
        Compliments, comments, suggestions and complaints tenants gave us, counted by quarter and by the service they
        were about. Counts only: no names or what people wrote. Quarter 1 is April to June.
      </p>
      <FilterForm label="Financial year" submit="Show year" layout="grid gap-4 md:grid-cols-3">
        <FinancialYearField years={years} year={year} />
      </FilterForm>
      {rows.length === 0 ? (
        <p>No feedback was received in this year.</p>
      ) : (
        <DataTable
          caption={`Feedback by quarter and service, ${financialYearLabel(year)}`}
          rows={rows}
          rowKey={(row) => `${row.quarter}-${row.serviceArea}`}
          columns={[
            { header: "Quarter", cell: (row) => `Q${row.quarter}` },
            { header: "Service", cell: (row) => SERVICE_AREA_LABEL[row.serviceArea] },
            ...THEME_KINDS.map((kind) => ({
              header: `${KIND_LABEL[kind]}s`,
              cell: (row: (typeof rows)[number]) => row.counts[kind],
              className: "text-right",
            })),
            { header: "Total", cell: (row) => <strong>{row.total}</strong>, className: "text-right" },
          ]}
        />
      )}
    </>
  );
};

export default BoardFeedbackPage;
