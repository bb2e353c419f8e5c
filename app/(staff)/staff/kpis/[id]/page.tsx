import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { kpiFields } from "@/components/kpi/kpi-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { getKpi } from "@/lib/kpi/queries";
import { formatKpiValue, quarterLabel } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { addQuarters, financialQuarter, financialYearLabel } from "@/lib/uk-time";
import { enterKpiValueAction, setKpiTargetAction, updateKpiAction } from "../actions";

export const metadata: Metadata = { title: "KPI" };

const KpiPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const [kpi, landlord] = await Promise.all([getKpi(id), getLandlord()]);
  if (!kpi) notFound();
  const current = financialQuarter(new Date());
  const thisYear = kpi.targets.find((target) => target.year === current.year);
  // Figures are entered for the quarter just finished, or corrected for the three before it.
  const periods = [0, -1, -2, -3, -4].map((offset) => addQuarters(current, offset));
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/kpis">Back to the KPI library</Link>
      </p>
      <PageHeading caption="KPI library">{`${kpi.code} ${kpi.name}`}</PageHeading>
      <section aria-labelledby="target-heading" className="mb-10 max-w-2xl">
        <h2 id="target-heading" className="mb-2 text-2xl font-bold">
          Target
        </h2>
        <p className="mb-4">
          {kpi.targets.length === 0
            ? "No target has been set."
            : kpi.targets
                .map(
                  (target) =>
                    `${financialYearLabel(target.year)}: ${formatKpiValue(kpi.unit, target.target)} (amber within ${target.amberTolerance})`,
                )
                .join("; ")}
        </p>
        <ActionForm
          action={setKpiTargetAction}
          label="Set the target"
          kind="secondary"
          hidden={{ kpiId: kpi.id }}
          submit="Save the target"
          fields={[
            {
              kind: "radio",
              name: "year",
              label: "Financial year",
              options: [current.year - 1, current.year, current.year + 1].map((year) => ({
                value: String(year),
                label: financialYearLabel(year),
              })),
              defaultValue: String(current.year),
            },
            {
              kind: "text",
              name: "target",
              label: "Target",
              defaultValue: thisYear ? String(thisYear.target) : undefined,
            },
            {
              kind: "text",
              name: "amberTolerance",
              label: "Amber tolerance",
              hint: "How far short of the target still counts as amber, in the KPI's unit. 0 for none.",
              defaultValue: thisYear ? String(thisYear.amberTolerance) : "0",
            },
          ]}
        />
      </section>
      {kpi.source === "MANUAL" && (
        <section aria-labelledby="figures-heading" className="mb-10 max-w-2xl">
          <h2 id="figures-heading" className="mb-2 text-2xl font-bold">
            Quarterly figures
          </h2>
          {kpi.values.length > 0 && (
            <div className="mb-4">
              <DataTable
                caption="Figures entered"
                rowKey={(row) => `${row.year}-${row.quarter}`}
                rows={kpi.values}
                columns={[
                  { header: "Quarter", cell: (row) => quarterLabel(row) },
                  { header: "Figure", cell: (row) => formatKpiValue(kpi.unit, row.value) },
                  { header: "Entered", cell: (row) => formatDateTime(row.enteredAt) },
                ]}
              />
            </div>
          )}
          <ActionForm
            action={enterKpiValueAction}
            label="Enter a quarter's figure"
            hidden={{ kpiId: kpi.id }}
            submit="Save the figure"
            fields={[
              {
                kind: "radio",
                name: "period",
                label: "Quarter",
                options: periods.map((q) => ({ value: `${q.year}-${q.quarter}`, label: quarterLabel(q) })),
                defaultValue: `${periods[1]?.year}-${periods[1]?.quarter}`,
              },
              { kind: "text", name: "value", label: "Figure" },
              {
                kind: "text",
                name: "note",
                label: "Note (optional)",
                hint: "Where the figure came from, such as the telephony report.",
              },
            ]}
          />
        </section>
      )}
      <section aria-labelledby="details-heading" className="max-w-2xl">
        <h2 id="details-heading" className="mb-2 text-2xl font-bold">
          Details
        </h2>
        <ActionForm
          action={updateKpiAction}
          label="Change the KPI"
          hidden={{ kpiId: kpi.id }}
          submit="Save the KPI"
          fields={kpiFields(landlord.regime, {
            ...kpi,
            sourceCode: kpi.sourceCode ?? "",
            outcomeCodes: kpi.outcomeCodes.join(", "),
            key: kpi.key ? "yes" : "no",
          })}
        />
      </section>
    </>
  );
};

export default KpiPage;
