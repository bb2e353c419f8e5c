import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { EVALUATION_DAYS, listActivitiesToEvaluate } from "@/lib/reach/evaluations";

export const metadata: Metadata = { title: "How did taking part go?" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EvaluationsPage = async ({ searchParams }: Props) => {
  const { customerId } = await requireCustomer();
  const [activities, { sent }] = await Promise.all([listActivitiesToEvaluate(customerId), searchParams]);
  return (
    <div className="max-w-2xl">
      {sent === "1" && <Notice title="Thank you for telling us how it went" />}
      <PageHeading>How did taking part go?</PageHeading>
      <p className="mb-4">
        Tell us how events, meetings and consultations went for you, so we can make them better. It takes a minute,
        every question is optional, and your answers are anonymous: we keep only that you answered, never which answers
        were yours.
      </p>
      {activities.length === 0 ? (
        <p>
          There is nothing to tell us about just now. We ask about things you took part in over the last{" "}
          {EVALUATION_DAYS} days.
        </p>
      ) : (
        <ul className="list-disc space-y-2 pl-6">
          {activities.map((activity) => (
            <li key={`${activity.kind}-${activity.id}`}>
              <Link href={`/tenant/evaluations/${activity.kind}/${activity.id}`}>
                Tell us how it went: {activity.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

export default EvaluationsPage;
