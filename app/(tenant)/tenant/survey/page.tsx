import type { Metadata } from "next";
import Link from "next/link";
import { questionnaireFields } from "@/components/measures/questionnaire-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { getSurveyForCustomer } from "@/lib/surveys/queries";
import { answerSurveyAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Tell us how satisfied you are" };

const SurveyPage = async ({ searchParams }: { searchParams: Promise<{ sent?: string }> }) => {
  const { customerId } = await requireCustomer();
  const { sent } = await searchParams;
  const { landlord, round, eligible, answered } = await getSurveyForCustomer(customerId);
  const body = () => {
    if (!round || (round.status !== "OPEN" && !answered)) {
      return round ? (
        <p>The satisfaction survey for {financialYearLabel(round.year)} has closed. Thank you for your interest.</p>
      ) : (
        <p>There is no satisfaction survey open at the moment.</p>
      );
    }
    if (answered) {
      return sent ? (
        <Notice title="Thank you. Your answers have been saved." />
      ) : (
        <Notice title="You have already answered, thank you">
          <p>Each person answers once a year.</p>
        </Notice>
      );
    }
    if (!eligible)
      return (
        <p>
          This survey is for current tenants and shared owners, so it is not open to you. Thank you for your interest.
        </p>
      );
    return (
      <>
        <p className="mb-4">
          Each year we ask tenants how satisfied they are with our services. The regulator sets the questions, and we
          publish the results. It takes about 5 minutes.
        </p>
        <p className="mb-6">
          You can leave any question about satisfaction blank. Please answer the questions about your home.
        </p>
        <ActionForm
          action={answerSurveyAction}
          label="Satisfaction survey"
          submit="Send my answers"
          hidden={{ roundId: round.id }}
          fields={questionnaireFields(round.regime, landlord.name)}
        />
      </>
    );
  };
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/tenant">Back to your involvement</Link>
      </p>
      <PageHeading caption={round ? `Satisfaction survey ${financialYearLabel(round.year)}` : "Satisfaction survey"}>
        Tell us how satisfied you are
      </PageHeading>
      {body()}
    </div>
  );
};

export default SurveyPage;
