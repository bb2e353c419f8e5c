import { db } from "@/lib/db";
import { countOverdueFeedback } from "@/lib/feedback/queries";
import { countPendingJoinRequests } from "@/lib/groups/queries";
import { countOpenCommentaryRequests } from "@/lib/kpi/commentary-requests";
import { listOverdueOutcomes } from "@/lib/consultations/queries";
import { recommendationCounts } from "@/lib/scrutiny/queries";
import { ukDay, ukToday } from "@/lib/uk-time";
import { countOverdueGrantAccounts } from "@/lib/budget/queries";
import { countPolicyReviewsDue } from "@/lib/policies/queries";

/** Strategy actions in the approved strategy's plans, not complete and past their target date. */
const countOverdueStrategyActions = (now: Date) =>
  db.strategyAction.count({
    where: { status: { not: "COMPLETE" }, targetOn: { lt: ukToday(now) }, plan: { strategy: { status: "APPROVED" } } },
  });

/**
 * Everything waiting for an officer, counted by the database: the staff home page lists each with a link to
 * the queue that shows exactly those items. Commentary the board asked for is this officer's own.
 */
export const getWorkList = async (now: Date, officerId: string) => {
  const [joinRequests, unassignedFeedback, overdueFeedback, outcomes, scrutiny, strategyActions, commentary, yearly] =
    await Promise.all([
      countPendingJoinRequests(),
      db.feedback.count({ where: { status: "RECEIVED", assignedToId: null } }),
      countOverdueFeedback(ukDay(now)),
      listOverdueOutcomes(now, 0),
      recommendationCounts(now),
      countOverdueStrategyActions(now),
      countOpenCommentaryRequests(officerId),
      Promise.all([countOverdueGrantAccounts(ukToday(now)), countPolicyReviewsDue(ukToday(now))]),
    ]);
  return {
    overdueFeedback,
    unassignedFeedback,
    joinRequests,
    overdueOutcomes: outcomes.total,
    overdueScrutinyActions: scrutiny.overdue,
    scrutinyAwaitingResponse: scrutiny.awaitingResponse,
    overdueStrategyActions: strategyActions,
    commentaryRequested: commentary,
    overdueGrantAccounts: yearly[0],
    policyReviewsDue: yearly[1],
  };
};
