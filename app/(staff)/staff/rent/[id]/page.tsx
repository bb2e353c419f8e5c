import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RentResults } from "@/components/rent/rent-results";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatPence } from "@/lib/budget/rules";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { outcomeOptions } from "@/lib/outcomes/standards";
import { getRentSetting, rentResults } from "@/lib/rent/queries";
import { optionText, youSaidWeDid } from "@/lib/rent/rules";
import { financialYearLabel } from "@/lib/uk-time";
import { publishRentOutcomeAction, recordRentDecisionAction } from "../actions";

export const metadata: Metadata = { title: "Rent-setting consultation" };

const RentSettingPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const setting = await getRentSetting(id);
  if (!setting) notFound();
  const results = await rentResults(setting);
  const decided = setting.options.find((option) => option.label === setting.decidedOptionLabel);
  const draft =
    decided && setting.decidedOn && setting.minuteReference
      ? youSaidWeDid(results, {
          label: decided.label,
          decidedOn: formatDate(setting.decidedOn),
          minuteReference: setting.minuteReference,
          text: optionText(decided, setting.averageWeeklyRentPence),
        })
      : null;
  const { consultation } = setting;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/rent">Back to rent-setting consultations</Link>
      </p>
      <PageHeading caption="Rent setting">{`Rent for ${financialYearLabel(setting.year)}`}</PageHeading>
      <SummaryList
        rows={[
          {
            term: "Consultation",
            value: <Link href={`/staff/consultations/${consultation.id}`}>{consultation.title}</Link>,
          },
          {
            term: "Open",
            value: `${formatDateTime(consultation.opensAt)} to ${formatDateTime(consultation.closesAt)}`,
          },
          { term: "Average weekly rent", value: formatPence(setting.averageWeeklyRentPence) },
          {
            term: "Board's decision",
            value: decided
              ? `${optionText(decided, setting.averageWeeklyRentPence)}, decided ${formatDate(setting.decidedOn)}, minute ${setting.minuteReference}`
              : "Not yet decided",
          },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">What tenants chose</h2>
      <RentResults
        results={results}
        caption={`Rent options for ${financialYearLabel(setting.year)}: what tenants chose`}
      />
      {!decided && (
        <>
          <h2 className="mb-3 mt-8 text-2xl font-bold">Record the board&apos;s decision</h2>
          <ActionForm
            action={recordRentDecisionAction}
            label="Record the board's decision"
            submit="Record the decision"
            hidden={{ rentSettingId: setting.id }}
            fields={[
              {
                kind: "radio",
                name: "option",
                label: "Option the board chose",
                options: setting.options.map((option) => ({
                  value: option.label,
                  label: optionText(option, setting.averageWeeklyRentPence),
                })),
              },
              { kind: "date", name: "decidedOn", label: "Date of the board meeting" },
              { kind: "text", name: "minuteReference", label: "Minute reference" },
            ]}
          />
        </>
      )}
      {draft && !consultation.outcomePublishedAt && (
        <>
          <h2 className="mb-3 mt-8 text-2xl font-bold">“You said, We did” for the decision letter</h2>
          <p className="mb-4">
            Check the words written from the results and the decision. Publishing needs the consultation&apos;s results
            published first; it then appears on the public page and goes to everyone who answered.
          </p>
          <ActionForm
            action={publishRentOutcomeAction}
            label="You said, We did"
            submit="Publish “You said, We did”"
            hidden={{ rentSettingId: setting.id }}
            fields={[
              { kind: "textarea", name: "youSaid", label: "You said", defaultValue: draft.youSaid, rows: 3 },
              { kind: "textarea", name: "outcome", label: "We did", defaultValue: draft.outcome, rows: 3 },
              {
                kind: "checkboxes",
                name: "outcomeCodes",
                label: "Outcomes it evidences",
                hint: "Optional. Tagged outcomes are offered as evidence in the assurance statement and the self-assessment.",
                options: outcomeOptions((await getLandlord()).regime),
              },
            ]}
          />
        </>
      )}
    </div>
  );
};

export default RentSettingPage;
