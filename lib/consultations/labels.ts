import type { ConsultationStatus, ConsultationTopic, ResponseChannel } from "@/lib/generated/prisma/enums";

export const CONSULTATION_STATUS_LABEL: Record<ConsultationStatus, string> = {
  DRAFT: "Draft",
  SCHEDULED: "Opening soon",
  OPEN: "Open",
  CLOSED: "Closed",
  RESULTS_PUBLISHED: "Results published",
  OUTCOME_PUBLISHED: "Outcome published",
};

export const RESPONSE_CHANNEL_LABEL: Record<ResponseChannel, string> = {
  ONLINE: "Online",
  PAPER: "Paper form",
  PHONE: "Phone call",
  MEETING: "Meeting",
  FOCUS_GROUP: "Focus group",
  TEXT: "Text message",
};

export const CONSULTATION_TOPIC_LABEL: Record<ConsultationTopic, string> = {
  STRATEGY: "A strategy",
  POLICY: "A policy",
  RENT_SETTING: "Rent setting",
  SERVICE_CHANGE: "A change to a service",
  OTHER: "Something else",
};
