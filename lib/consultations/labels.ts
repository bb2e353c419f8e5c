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

/** How a response came, to finish "You responded …": a label is a noun, and "by online" is not English. */
export const RESPONSE_CHANNEL_PHRASE: Record<ResponseChannel, string> = {
  ONLINE: "online",
  PAPER: "on a paper form",
  PHONE: "by phone",
  MEETING: "at a meeting",
  FOCUS_GROUP: "at a focus group",
  TEXT: "by text message",
};

export const CONSULTATION_TOPIC_LABEL: Record<ConsultationTopic, string> = {
  STRATEGY: "A strategy",
  POLICY: "A policy",
  RENT_SETTING: "Rent setting",
  SERVICE_CHANGE: "A change to a service",
  OTHER: "Something else",
};

/** What a confirmed step did, named in the address it redirects to so the page can say so. */
export const CONSULTATION_DONE = {
  opened: "The consultation is published and open. Customers who agreed to email have been told.",
  scheduled: "The consultation is published and will open on its opening date.",
  closed: "The consultation is closed. No more responses can be given.",
  "answer-removed": "The written answer has been removed.",
} as const;

export type ConsultationDone = keyof typeof CONSULTATION_DONE;

/** The notice for a `?done=` value; anything else shows nothing. */
export const doneMessage = (value: string | string[] | undefined) =>
  typeof value === "string" && Object.hasOwn(CONSULTATION_DONE, value)
    ? CONSULTATION_DONE[value as ConsultationDone]
    : undefined;
