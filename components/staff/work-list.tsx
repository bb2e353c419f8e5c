import Link from "next/link";
import { count } from "@/lib/format";
import type { getWorkList } from "@/lib/work-list/queries";

type WorkList = Awaited<ReturnType<typeof getWorkList>>;

/**
 * The officer's day, most pressing first: late answers owed to tenants (the complaint codes' deadlines), commentary
 * the board asked this officer for, new feedback nobody has picked up, then promises made in public (outcomes,
 * scrutiny and strategy actions), then tenants waiting to join a group. Each count links to the queue showing
 * exactly those items.
 */
const items = (work: WorkList) => [
  {
    total: work.overdueFeedback,
    text: count(work.overdueFeedback, "feedback item", "feedback items") + " past the date to acknowledge or answer",
    href: "/staff/feedback?overdue=yes",
    urgent: true,
  },
  {
    total: work.commentaryRequested,
    text: count(work.commentaryRequested, "off-target KPI") + " needing your commentary for the board",
    href: "/staff/kpis",
    urgent: true,
  },
  {
    total: work.unassignedFeedback,
    text: count(work.unassignedFeedback, "new feedback item", "new feedback items") + " with no officer assigned",
    href: "/staff/feedback?status=RECEIVED&assigned=none",
    urgent: false,
  },
  {
    total: work.overdueOutcomes,
    text: count(work.overdueOutcomes, "consultation") + " with an overdue “You said, We did”",
    href: "/staff/consultations/overdue",
    urgent: true,
  },
  {
    total: work.overdueScrutinyActions,
    text: count(work.overdueScrutinyActions, "scrutiny action") + " past the date agreed",
    href: "/board/scrutiny",
    urgent: true,
  },
  {
    total: work.scrutinyAwaitingResponse,
    text: count(work.scrutinyAwaitingResponse, "scrutiny recommendation") + " waiting for our response",
    href: "/staff/scrutiny",
    urgent: false,
  },
  {
    total: work.overdueStrategyActions,
    text: count(work.overdueStrategyActions, "strategy action") + " past the target date",
    href: "/board/strategy/report",
    urgent: true,
  },
  {
    total: work.overdueGrantAccounts,
    text: count(work.overdueGrantAccounts, "grant") + " whose group's annual accounts are overdue",
    href: "/staff/budget/grants?overdue=yes",
    urgent: true,
  },
  {
    total: work.policyReviewsDue,
    text: count(work.policyReviewsDue, "policy", "policies") + " due or overdue for review",
    href: "/staff/policies",
    urgent: false,
  },
  {
    total: work.joinRequests,
    text: count(work.joinRequests, "request", "requests") + " to join a group waiting for an answer",
    href: "/staff/groups/requests",
    urgent: false,
  },
];

export const WorkListSection = ({ work }: { work: WorkList }) => {
  const waiting = items(work).filter((item) => item.total > 0);
  return (
    <section aria-labelledby="work-list" className="mb-8 max-w-3xl">
      <h2 id="work-list" className="mb-2 text-2xl font-bold">
        Waiting for you
      </h2>
      {waiting.length === 0 ? (
        <p>Nothing is waiting: no late answers, new feedback, overdue actions or requests to join a group.</p>
      ) : (
        <ol className="space-y-2">
          {waiting.map((item) => (
            <li key={item.href} className={`border-l-4 pl-3 ${item.urgent ? "border-red-700" : "border-amber-500"}`}>
              <Link href={item.href}>{item.text}</Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
