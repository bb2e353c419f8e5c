import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { ZActivity } from "@/lib/reach/evaluation-schemas";
import { getEvaluableActivity } from "@/lib/reach/evaluations";
import { EVALUATION_ANSWER_LABEL } from "@/lib/reach/labels";
import { optionsFrom } from "@/lib/people/labels";
import { submitEvaluationAction } from "../../actions";

export const metadata: Metadata = { title: "Tell us how it went" };

type Props = { params: Promise<{ kind: string; id: string }> };

const EvaluationPage = async ({ params }: Props) => {
  const { customerId } = await requireCustomer();
  const activity = ZActivity.safeParse(await params);
  // Something the tenant did not take part in is "not found", as if it did not exist.
  const found = activity.success ? await getEvaluableActivity(customerId, activity.data) : null;
  if (!activity.success || !found) notFound();
  const answers = optionsFrom(EVALUATION_ANSWER_LABEL);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/evaluations">Back to how taking part went</Link>
      </p>
      <PageHeading caption={found.title}>Tell us how it went</PageHeading>
      {found.answered ? (
        <p>You have already told us how this went. Thank you.</p>
      ) : (
        <>
          <p className="mb-6">
            Every question is optional. Your answers are anonymous: we will not know which answers are yours.
          </p>
          <ActionForm
            action={submitEvaluationAction}
            submit="Send my answers"
            hidden={{ activityKind: activity.data.kind, activityId: activity.data.id }}
            fields={[
              {
                kind: "radio",
                name: "accessible",
                label: "Was it easy for you to take part?",
                hint: "For example the place, the time, the format and the information.",
                options: answers,
              },
              { kind: "radio", name: "listenedTo", label: "Did you feel listened to?", options: answers },
              {
                kind: "textarea",
                name: "whatWouldHelp",
                label: "What would make it better for you? (optional)",
                hint: "Please do not include your name.",
              },
            ]}
          />
        </>
      )}
    </div>
  );
};

export default EvaluationPage;
