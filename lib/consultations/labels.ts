import type { ConsultationStatus, ResponseChannel } from "@/lib/generated/prisma/enums";

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
