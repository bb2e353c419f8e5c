import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { REGIME_LABEL, ROUND_STATUS_LABEL } from "@/lib/surveys/labels";
import { listRounds } from "@/lib/surveys/queries";
import { openRoundAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Perception survey rounds" };

const MeasuresPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const [rounds, landlord] = await Promise.all([listRounds(), getLandlord()]);
  return (
    <>
      <PageHeading caption="Regulatory measures">Perception survey rounds</PageHeading>
      <p className="mb-6 max-w-3xl">
        Each reporting year has one tenant perception survey: the tenant satisfaction measures in England, the ARC
        survey indicators in Scotland. Open a round, then enter or import the answers until you close it.
      </p>
      <ul className="mb-8 list-disc pl-6">
        <li>
          <Link href="/staff/measures/management">Management figures by quarter</Link>: repairs, building safety,
          complaints and anti-social behaviour
        </li>
        <li>
          <Link href="/staff/measures/complaints">Complaints figures from a file</Link>: timescales in working days
        </li>
        <li>
          <Link href="/staff/measures/return">The regulator&apos;s return</Link>: the year&apos;s figures to file, as
          CSV
        </li>
        <li>
          <Link href="/board/measures">What the board sees</Link>
        </li>
      </ul>
      {rounds.length === 0 ? (
        <p className="mb-8">No survey rounds yet.</p>
      ) : (
        <div className="mb-10">
          <DataTable
            caption="Survey rounds, newest first"
            rowKey={(round) => round.id}
            rows={rounds}
            columns={[
              {
                header: "Year",
                cell: (round) => <Link href={`/staff/measures/${round.id}`}>{financialYearLabel(round.year)}</Link>,
              },
              { header: "Regime", cell: (round) => REGIME_LABEL[round.regime] },
              { header: "Status", cell: (round) => ROUND_STATUS_LABEL[round.status] },
              { header: "Responses", cell: (round) => round._count.responses },
            ]}
          />
        </div>
      )}
      <div className="max-w-2xl">
        <h2 className="mb-4 text-2xl font-bold">Open a survey round</h2>
        <ActionForm
          action={openRoundAction}
          label="Open a survey round"
          submit="Open round"
          fields={[
            {
              kind: "text",
              name: "year",
              label: "Reporting year starts in",
              hint: "The year of 1 April the reporting year starts: 2026 for 2026/27.",
            },
            {
              kind: "radio",
              name: "regime",
              label: "Regulator",
              defaultValue: landlord.regime,
              options: (["ENGLAND", "SCOTLAND"] as const).map((value) => ({ value, label: REGIME_LABEL[value] })),
            },
            {
              kind: "text",
              name: "targetMargin",
              label: "Target margin of error, in percentage points",
              hint: "At 95% confidence. In England the regulator asks for 3 or better from landlords with 25,000 homes or more, 4 from 2,500 to 24,999 homes and 5 below that.",
              defaultValue: "4",
            },
          ]}
        />
      </div>
    </>
  );
};

export default MeasuresPage;
