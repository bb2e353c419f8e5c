import type { Metadata } from "next";
import Link from "next/link";
import { StatusTag } from "@/components/strategy/status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { getMonitoredStrategy, getMonitoringPeriod } from "@/lib/monitoring/queries";
import { OUTCOME_LABEL, periodLabel, RATING_LABEL, WHOLE_YEAR } from "@/lib/monitoring/rules";
import { ZMonitoringPeriod } from "@/lib/monitoring/schemas";
import { optionsFrom } from "@/lib/people/labels";
import { financialQuarter } from "@/lib/uk-time";
import { decideMonitoringAction, saveActionNoteAction } from "./actions";

export const metadata: Metadata = { title: "Monitoring the strategy" };

type Props = {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const MonitoringPage = async ({ params, searchParams }: Props) => {
  const { group } = await requireGroupSpace((await params).groupId);
  const strategy = await getMonitoredStrategy(group.id);
  if (!strategy) {
    return (
      <>
        <PageHeading>Monitoring the strategy</PageHeading>
        <p>This group is not named as the monitoring group of the landlord&apos;s involvement strategy.</p>
      </>
    );
  }
  const current = financialQuarter(new Date());
  const query = ZMonitoringPeriod.parse(await searchParams);
  const year = query.year ?? current.year;
  const quarter = query.quarter ?? current.quarter;
  const { actions, review } = await getMonitoringPeriod(strategy.id, year, quarter);
  const decided = Boolean(review?.outcome);
  const label = periodLabel(year, quarter);
  const here = `/groups/${group.id}/monitoring`;
  return (
    <>
      <PageHeading caption={`Monitoring ${strategy.title}`}>{label}</PageHeading>
      <nav aria-label="Periods to review" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {[1, 2, 3, 4, WHOLE_YEAR].map((q) => (
            <li key={q}>
              <Link href={`${here}?year=${year}&quarter=${q}`} aria-current={q === quarter ? "page" : undefined}>
                {periodLabel(year, q)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {review?.outcome && review.decidedOn ? (
        <div className="mb-8 max-w-3xl border-l-4 border-gray-900 pl-4">
          <p className="font-bold">
            {OUTCOME_LABEL[review.outcome]} on {formatDate(review.decidedOn)}
            {review.decidedBy ? ` by ${review.decidedBy.name}` : ""}. Rating:{" "}
            {RATING_LABEL[review.rating ?? "ON_TRACK"]}.
          </p>
          {review.outcomeNote && <p className="whitespace-pre-line">{review.outcomeNote}</p>}
        </div>
      ) : (
        <p className="mb-8 max-w-3xl">
          Comment on and rate each action, then sign off {label.toLowerCase()} or refer it to the board. The
          group&apos;s rating is its worst rating of any action.
        </p>
      )}
      {actions.length === 0 ? (
        <p className="mb-8">There is no action plan for this year.</p>
      ) : (
        <ol className="mb-10 max-w-3xl space-y-8">
          {actions.map((action) => (
            <li key={action.id} className="border-l-4 border-gray-400 pl-4">
              <h2 className="text-xl font-bold">
                Priority {action.priority.number}: {action.title}
              </h2>
              <p>
                Owner {action.owner}, target {formatDate(action.targetOn)}. Officers&apos; status:{" "}
                <StatusTag status={action.status} />
              </p>
              {action.updates[0] && (
                <p className="mb-2">
                  Latest update ({formatDate(action.updates[0].postedOn)}): {action.updates[0].text}
                </p>
              )}
              {action.note && (
                <p className="mb-2">
                  <strong>Group&apos;s rating: {RATING_LABEL[action.note.rating]}.</strong> {action.note.comment} (
                  {action.note.author?.name ?? "a former member"})
                </p>
              )}
              {!decided && (
                <ActionForm
                  action={saveActionNoteAction}
                  label={`Comment on ${action.title}`}
                  idPrefix={`action-${action.id}`}
                  kind="secondary"
                  hidden={{ actionId: action.id, quarter: String(quarter) }}
                  submit="Save the comment"
                  fields={[
                    {
                      kind: "radio",
                      name: "rating",
                      label: "Group's rating",
                      options: optionsFrom(RATING_LABEL),
                      defaultValue: action.note?.rating,
                    },
                    {
                      kind: "textarea",
                      name: "comment",
                      label: "Comment",
                      rows: 3,
                      defaultValue: action.note?.comment,
                    },
                  ]}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {!decided && actions.length > 0 && (
        <section className="max-w-2xl">
          <h2 className="mb-3 text-2xl font-bold">Sign off or refer</h2>
          <ActionForm
            action={decideMonitoringAction}
            label="Sign off or refer"
            hidden={{ strategyId: strategy.id, year: String(year), quarter: String(quarter) }}
            submit="Record the decision"
            fields={[
              { kind: "radio", name: "outcome", label: "The group's decision", options: optionsFrom(OUTCOME_LABEL) },
              {
                kind: "textarea",
                name: "note",
                label: "Note for the board",
                hint: "Needed for a referral: say what the board is asked to look at.",
              },
            ]}
          />
        </section>
      )}
    </>
  );
};

export default MonitoringPage;
