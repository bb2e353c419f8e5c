import { ukToday } from "@/lib/uk-time";
import type { RecommendationResponse, ReportVote, ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";

/**
 * A review moves forward one stage at a time; before publication the panel may step back a stage (more evidence
 * is needed, the report is rewritten). A published report is never unpublished: the public record stands.
 */
const NEXT: Record<ScrutinyReviewStatus, readonly ScrutinyReviewStatus[]> = {
  SCOPING: ["GATHERING_EVIDENCE"],
  GATHERING_EVIDENCE: ["REPORTING", "SCOPING"],
  REPORTING: ["AWAITING_RESPONSE", "GATHERING_EVIDENCE"],
  AWAITING_RESPONSE: ["PUBLISHED", "REPORTING"],
  PUBLISHED: ["CLOSED"],
  CLOSED: [],
};

export const nextStatuses = (status: ScrutinyReviewStatus) => NEXT[status];

export const isPublic = (status: ScrutinyReviewStatus) => status === "PUBLISHED" || status === "CLOSED";

/** Until publication the panel still writes the report: findings, recommendations and evidence can change. */
export const isDraft = (status: ScrutinyReviewStatus) => !isPublic(status);

type ReviewForGate = {
  findings: string | null;
  reportAgreedAt: Date | null;
  recommendations: { response: RecommendationResponse | null }[];
};

/** Why the review cannot move from `from` to `to`, or undefined when it can. */
export const statusChangeProblem = (from: ScrutinyReviewStatus, to: ScrutinyReviewStatus, review: ReviewForGate) => {
  if (!NEXT[from].includes(to)) return "A review cannot move to that stage from where it is now";
  if (to === "AWAITING_RESPONSE" && (!review.findings || review.recommendations.length === 0)) {
    return "Record the findings and at least one recommendation before sending the report to the landlord";
  }
  if (to === "AWAITING_RESPONSE" && !review.reportAgreedAt) {
    return "The panel must agree the report, by its vote or at a meeting, before it goes to the landlord";
  }
  if (to === "PUBLISHED" && review.recommendations.some((r) => r.response === null)) {
    return "The landlord must respond to every recommendation before the report is published";
  }
  return undefined;
};

export type ResponseInput = {
  response: RecommendationResponse;
  responseReason?: string;
  action?: string;
  actionOwner?: string;
  dueOn?: Date;
};

/** Field problems in a landlord's response: a reason unless fully accepted, an action plan unless rejected. */
export const responseProblems = (input: ResponseInput): Record<string, string> => {
  const problems: Record<string, string> = {};
  if (input.response !== "ACCEPTED" && !input.responseReason) {
    problems.responseReason =
      input.response === "REJECTED"
        ? "Say why the recommendation is rejected"
        : "Say which part is not accepted, and why";
  }
  if (input.response !== "REJECTED") {
    if (!input.action) problems.action = "Say what the landlord will do";
    if (!input.actionOwner) problems.actionOwner = "Say who owns the action";
    if (!input.dueOn) problems.dueOn = "Enter the date the action is due";
  }
  return problems;
};

export type Progress = "AWAITING_RESPONSE" | "REJECTED" | "IN_PROGRESS" | "OVERDUE" | "COMPLETE";

type RecommendationForProgress = {
  response: RecommendationResponse | null;
  dueOn: Date | null;
  completedOn: Date | null;
};

/** Where an action stands: overdue once its due day has passed without completion (due today is not late). */
export const recommendationProgress = (
  { response, dueOn, completedOn }: RecommendationForProgress,
  now: Date,
): Progress => {
  if (response === null) return "AWAITING_RESPONSE";
  if (response === "REJECTED") return "REJECTED";
  if (completedOn) return "COMPLETE";
  return dueOn && dueOn < ukToday(now) ? "OVERDUE" : "IN_PROGRESS";
};

export const isOverdue = (recommendation: RecommendationForProgress, now: Date) =>
  recommendationProgress(recommendation, now) === "OVERDUE";

/** Moving (back) into a writing stage reopens the report, so the panel votes again on what it becomes. */
export const reopensReport = (to: ScrutinyReviewStatus) =>
  to === "SCOPING" || to === "GATHERING_EVIDENCE" || to === "REPORTING";

/** The panel votes on its draft while writing the report, once there are findings and a recommendation to agree. */
export const voteProblem = (review: ReviewForGate & { status: ScrutinyReviewStatus }) => {
  if (review.reportAgreedAt) return "The panel has already agreed this report, so the vote is closed";
  if (review.status !== "REPORTING") return "The panel votes on its report while the report is being written";
  if (!review.findings || review.recommendations.length === 0)
    return "The report needs findings and at least one recommendation before the panel votes on it";
  return undefined;
};

/** Findings and recommendations can be redrafted until the panel agrees them, and never after publication. */
export const draftProblem = (review: { status: ScrutinyReviewStatus; reportAgreedAt: Date | null }) => {
  if (!isDraft(review.status)) return "A published report cannot be changed";
  if (review.reportAgreedAt) return "The panel has agreed this report; it cannot be redrafted unless it is reopened";
  return undefined;
};

/**
 * An officer may record that the panel agreed the report at one of its meetings, instead of the portal's vote:
 * the same stage and content gates as the vote, and a meeting that has taken place (`today` is the UK day).
 */
export const meetingAgreementProblem = (
  review: ReviewForGate & { status: ScrutinyReviewStatus },
  meetingOn: Date,
  today: Date,
): { field?: "agreedAtMeetingOn"; message: string } | undefined => {
  if (review.reportAgreedAt) return { message: "The panel has already agreed this report" };
  const problem = voteProblem(review);
  if (problem) return { message: problem.replace("the panel votes on it", "the panel agrees it") };
  if (meetingOn > today) return { field: "agreedAtMeetingOn", message: "The meeting must have taken place" };
  return undefined;
};

export type VoteCount = Record<ReportVote, number>;

/**
 * The panel's rule for agreeing its report: a quorum of more than half of the current members must have voted,
 * and more of those voting must be for the report than against it (abstentions count towards the quorum only).
 * Only current members' votes are counted, so someone who has left the panel no longer decides its report.
 */
export const reportAgreement = (currentMembers: number, votes: VoteCount) => {
  const cast = votes.FOR + votes.AGAINST + votes.ABSTAIN;
  const quorum = Math.floor(currentMembers / 2) + 1;
  const quorate = currentMembers > 0 && cast >= quorum;
  return { cast, quorum, quorate, agreed: quorate && votes.FOR > votes.AGAINST };
};
