import type { FeedbackChannel, FeedbackKind, FeedbackStatus, ServiceArea } from "@/lib/generated/prisma/enums";
import type { Regime } from "@/lib/measures/bank-holidays";

export const KIND_LABEL: Record<FeedbackKind, string> = {
  COMPLIMENT: "Compliment",
  COMMENT: "Comment",
  SUGGESTION: "Suggestion",
  COMPLAINT: "Complaint",
};

export const STATUS_LABEL: Record<FeedbackStatus, string> = {
  RECEIVED: "Received",
  ACKNOWLEDGED: "Acknowledged",
  ANSWERED: "Answered",
  CLOSED: "Closed",
};

export const SERVICE_AREA_LABEL: Record<ServiceArea, string> = {
  REPAIRS: "Repairs",
  GAS_SAFETY: "Gas safety",
  ANTI_SOCIAL_BEHAVIOUR: "Anti-social behaviour",
  RENT: "Rent and service charges",
  ESTATE_SERVICES: "Estate services (cleaning, grounds)",
  LETTINGS: "Lettings and moving home",
  CUSTOMER_SERVICE: "Customer service",
  INVOLVEMENT: "Tenant involvement",
  OTHER: "Something else",
};

export const CHANNEL_LABEL: Record<FeedbackChannel, string> = {
  ONLINE: "Online",
  PHONE: "Phone call",
  LETTER: "Letter",
  VISIT: "Visit",
  EMAIL: "Email",
};

/** Complaint stages by the names each regime's procedure uses. */
export const stageLabel = (regime: Regime, stage: number) =>
  regime === "scotland" ? (stage === 1 ? "Stage 1 (frontline)" : "Stage 2 (investigation)") : `Stage ${stage}`;

export const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
