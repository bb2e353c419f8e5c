import type {
  RecommendationResponse,
  ReportVote,
  ScrutinyEvidenceKind,
  ScrutinyReviewStatus,
  ScrutinyTopicSource,
} from "@/lib/generated/prisma/enums";
import type { Progress } from "./rules";

export const REVIEW_STATUS_LABEL: Record<ScrutinyReviewStatus, string> = {
  SCOPING: "Scoping",
  GATHERING_EVIDENCE: "Gathering evidence",
  REPORTING: "Writing the report",
  AWAITING_RESPONSE: "Awaiting the landlord's response",
  PUBLISHED: "Published",
  CLOSED: "Closed",
};

export const TOPIC_SOURCE_LABEL: Record<ScrutinyTopicSource, string> = {
  FEEDBACK_THEME: "A theme in tenants' feedback",
  KPI: "A performance indicator",
  TENANT_SUGGESTION: "A tenant's suggestion",
  OTHER: "Something else",
};

export const EVIDENCE_KIND_LABEL: Record<ScrutinyEvidenceKind, string> = {
  NOTE: "Written notes",
  DOCUMENT: "Documents",
  INTERVIEW: "Interview",
  SITE_VISIT: "Site visit",
  MYSTERY_SHOPPING: "Mystery shopping",
};

export const RESPONSE_LABEL: Record<RecommendationResponse, string> = {
  ACCEPTED: "Accepted",
  PARTLY_ACCEPTED: "Partly accepted",
  REJECTED: "Rejected",
};

export const PROGRESS_LABEL: Record<Progress, string> = {
  AWAITING_RESPONSE: "Awaiting response",
  REJECTED: "Rejected: no action",
  IN_PROGRESS: "In progress",
  OVERDUE: "Overdue",
  COMPLETE: "Complete",
};

export const VOTE_LABEL: Record<ReportVote, string> = {
  FOR: "For: agree the report",
  AGAINST: "Against",
  ABSTAIN: "Abstain",
};
