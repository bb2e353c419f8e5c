import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatPence } from "@/lib/budget/rules";
import { formatDate } from "@/lib/format";
import { listRentSettings } from "@/lib/rent/queries";
import { rentCycle } from "@/lib/rent/rules";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { createRentConsultationAction } from "./actions";

export const metadata: Metadata = { title: "Rent-setting consultations" };

const RentPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const settings = await listRentSettings();
  const next = financialYearOf(new Date()) + 1;
  const cycle = rentCycle(next);
  return (
    <>
      <PageHeading>Rent-setting consultations</PageHeading>
      <p className="mb-6 max-w-2xl">
        Each year tenants are asked which rent option they prefer before the board sets the rent. From 1 October, next
        year&apos;s consultation is drafted from this year&apos;s options for you to check and publish.
      </p>
      {settings.length === 0 ? (
        <p className="mb-6">No rent consultations yet.</p>
      ) : (
        <DataTable
          caption="Rent-setting consultations"
          rowKey={(setting) => setting.id}
          rows={settings}
          columns={[
            {
              header: "Rent year",
              cell: (setting) => <Link href={`/staff/rent/${setting.id}`}>{financialYearLabel(setting.year)}</Link>,
            },
            { header: "Average weekly rent", cell: (setting) => formatPence(setting.averageWeeklyRentPence) },
            { header: "Options", cell: (setting) => setting.options.map((option) => option.label).join(", ") },
            {
              header: "Board's decision",
              cell: (setting) =>
                setting.decidedOptionLabel
                  ? `Option ${setting.decidedOptionLabel}, ${formatDate(setting.decidedOn)}`
                  : "Not yet decided",
            },
          ]}
        />
      )}
      <div className="max-w-2xl">
        <h2 className="mb-3 mt-8 text-2xl font-bold">Start a year&apos;s rent consultation</h2>
        <p className="mb-4">
          The consultation is made from the template: the same questions each year, with the options you enter and their
          effect on the average weekly rent. It starts as a draft you can check before publishing.
        </p>
        <ActionForm
          action={createRentConsultationAction}
          label="Start a year's rent consultation"
          submit="Create the consultation"
          fields={[
            {
              kind: "text",
              name: "year",
              label: "Financial year the rent applies to",
              hint: `The year it starts, like ${next} for ${financialYearLabel(next)}.`,
              defaultValue: String(next),
            },
            { kind: "text", name: "averageWeeklyRent", label: "Average weekly rent now, in pounds" },
            { kind: "date", name: "opensOn", label: "Opens on", defaultValue: cycle.opensOn },
            { kind: "date", name: "closesOn", label: "Closes on", defaultValue: cycle.closesOn },
            { kind: "text", name: "option_A", label: "Option A: change in rent, in per cent", hint: "For example 2.7" },
            { kind: "text", name: "option_B", label: "Option B: change in rent, in per cent" },
            {
              kind: "text",
              name: "option_C",
              label: "Option C: change in rent, in per cent",
              hint: "Leave blank for two options.",
            },
          ]}
        />
      </div>
    </>
  );
};

export default RentPage;
