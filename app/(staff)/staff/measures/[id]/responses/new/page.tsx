import { getRoundOverview } from "@/lib/surveys/queries";
import type { Metadata } from "next";
import Link from "next/link";
import { questionnaireFields } from "@/components/measures/questionnaire-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getLandlord } from "@/lib/landlord/queries";
import { METHOD_LABEL, OFFICER_METHODS } from "@/lib/surveys/labels";
import { enterResponseAction } from "../../../actions";
import { loadRound } from "../../load";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Enter a survey response" };

const EnterSurveyResponsePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { round } = await loadRound(params, getRoundOverview);
  const landlord = await getLandlord();
  const title = `Perception survey ${financialYearLabel(round.year)}`;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/measures/${round.id}`}>Back to {title}</Link>
      </p>
      <PageHeading caption={title}>Enter a telephone, paper or face-to-face response</PageHeading>
      {round.status === "OPEN" ? (
        <>
          <p className="mb-6">
            Read the questions as written. The customer&apos;s tenure comes from their home. Each customer answers once
            in a round, by any route.
          </p>
          <ActionForm
            action={enterResponseAction}
            label="Survey response"
            submit="Save response"
            hidden={{ roundId: round.id }}
            fields={[
              {
                kind: "text",
                name: "customerReference",
                label: "Customer reference",
                hint: "Like C00123. Find it under Customers.",
              },
              {
                kind: "radio",
                name: "method",
                label: "How the answers were collected",
                options: OFFICER_METHODS.map((value) => ({ value, label: METHOD_LABEL[value] })),
              },
              { kind: "date", name: "collectedOn", label: "Date collected (optional)", hint: "Leave blank for today." },
              ...questionnaireFields(round.regime, landlord.name),
            ]}
          />
        </>
      ) : (
        <p>This round is closed, so it takes no more responses.</p>
      )}
    </div>
  );
};

export default EnterSurveyResponsePage;
