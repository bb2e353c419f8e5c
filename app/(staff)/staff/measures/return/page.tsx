import type { Metadata } from "next";
import Link from "next/link";
import { ReturnView } from "@/components/regulatory-return/return-view";
import { YearPicker } from "@/components/ui/year-picker";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getReturn, listReturnYears } from "@/lib/regulatory-return/queries";
import { ENTERED_ARC_INDICATORS, ENTRY_HINT } from "@/lib/regulatory-return/rules";
import { ZReturnQuery } from "@/lib/regulatory-return/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { saveReturnFiguresAction, submitReturnAction } from "./actions";

export const metadata: Metadata = { title: "The regulator's return" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StaffReturnPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const landlord = await getLandlord();
  const query = ZReturnQuery.parse(await searchParams);
  // The return is filed after the year ends, so the page opens on the year just finished.
  const year = query.year ?? financialYearOf(new Date()) - 1;
  const [view, years] = await Promise.all([getReturn(landlord.regime, year), listReturnYears(landlord.regime)]);
  const scotland = landlord.regime === "SCOTLAND";
  const label = financialYearLabel(year);
  const entered = new Map(view.entered.map((figure) => [figure.code, figure.value]));
  return (
    <>
      <PageHeading caption="Regulatory measures">
        {scotland ? "Annual Return on the Charter" : "Tenant satisfaction measures return"}, {label}
      </PageHeading>
      <p className="mb-4 max-w-3xl">
        {scotland
          ? "The Charter indicators Involve can evidence, by the Scottish Housing Regulator's numbers: the survey indicators from the year's survey round, the complaints indicators from the complaints recorded here, and the rest as entered below."
          : "The measures for the Regulator of Social Housing: the perception measures from the year's survey round by tenure, the management measures from the quarterly figures, and the sample method statement."}{" "}
        The figures are the same as on the <Link href="/staff/measures">measures pages</Link>.
      </p>
      <YearPicker years={years} year={year} emptyLabel="The year just finished" />
      <p className="mb-6">
        <a href={`/staff/measures/return.csv?year=${year}`} download>
          Download the {label} return (CSV)
        </a>
      </p>
      <ReturnView view={view} />
      {!view.submission && (
        <div className="mt-10 max-w-2xl">
          {scotland && (
            <>
              <h2 className="mb-2 text-2xl font-bold">Figures entered for the return</h2>
              <p className="mb-4">
                Leave an indicator blank while you do not have its figure: it stays on the missing list.
              </p>
              <ActionForm
                action={saveReturnFiguresAction}
                label="Figures entered for the return"
                submit="Save figures"
                kind="secondary"
                hidden={{ year: String(year) }}
                fields={ENTERED_ARC_INDICATORS.map((indicator) => ({
                  kind: "text" as const,
                  name: `figure_${indicator.code}`,
                  label: `Indicator ${indicator.code}: ${indicator.name}`,
                  hint: ENTRY_HINT[indicator.unit],
                  defaultValue: entered.has(indicator.code) ? String(entered.get(indicator.code)) : "",
                }))}
              />
            </>
          )}
          <h2 className="mb-2 mt-10 text-2xl font-bold">Mark the return as submitted</h2>
          <p className="mb-4">
            Once you have filed the return with the regulator, record its reference. The figures are then kept as they
            are now and can no longer change.
          </p>
          <ActionForm
            action={submitReturnAction}
            label="Mark the return as submitted"
            submit="Mark as submitted"
            hidden={{ year: String(year) }}
            fields={[
              {
                kind: "text",
                name: "reference",
                label: "The regulator's reference",
                hint: "From the receipt the regulator's portal gives.",
              },
              { kind: "textarea", name: "note", label: "Note (optional)", rows: 3 },
            ]}
          />
        </div>
      )}
    </>
  );
};

export default StaffReturnPage;
