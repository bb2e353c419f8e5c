import { formatDate } from "@/lib/format";

// Words the audit codes abbreviate, written as people say them.
const WORDS: Record<string, string> = {
  auth: "sign-in",
  kpi: "KPI",
  rto: "RTO",
  "second-factor": "second factor",
  "survey-round": "survey round",
};

const sentence = (words: string[]) => {
  const text = words.join(" ").replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

// Codes whose parts, read one by one, would not make a sentence ("Sign-in sign in failed").
const ACTIONS: Record<string, string> = {
  "auth.sign-in.failed": "Sign-in failed",
  "auth.sign-in.throttled": "Sign-in held back after too many tries",
  "auth.sign-in.failed-repeatedly": "Sign-in failed repeatedly",
  "auth.signed-in": "Signed in",
  "auth.signed-out": "Signed out",
};

/** "feedback.extension_agreed" as "Feedback extension agreed": the codes stay stable, people read words. */
export const auditActionLabel = (action: string) =>
  ACTIONS[action] ?? sentence(action.split(".").map((part) => WORDS[part] ?? part.replace(/-/g, " ")));

/** "SurveyRound" as "Survey round". */
export const auditRecordLabel = (entityType: string) =>
  sentence([
    entityType
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .replace(/\bkpi\b/, "KPI"),
  ]);

// Where each kind of record is looked at, so a row in the log opens the record it is about.
const RECORD_PAGES: Record<string, (id: string) => string> = {
  Communication: (id) => `/staff/communications/${id}`,
  Consultation: (id) => `/staff/consultations/${id}`,
  Customer: (id) => `/staff/customers/${id}`,
  Event: (id) => `/staff/events/${id}`,
  Feedback: (id) => `/staff/feedback/${id}`,
  Group: (id) => `/staff/groups/${id}`,
  Kpi: (id) => `/staff/kpis/${id}`,
  ScrutinyReview: (id) => `/staff/scrutiny/${id}`,
  Strategy: (id) => `/staff/strategy/${id}`,
  SurveyRound: (id) => `/staff/measures/${id}`,
};

export const auditRecordHref = (entityType: string, entityId: string) => RECORD_PAGES[entityType]?.(entityId);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const valueText = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return formatDate(new Date(`${value}T00:00:00Z`));
    if (ISO_INSTANT.test(value)) return formatDate(new Date(value));
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(valueText).join(", ");
  if (typeof value === "object")
    return auditDetails(value)
      .map(({ term, text }) => `${term}: ${text}`)
      .join("; ");
  return String(value);
};

/** An event's details as labelled lines ("On: 4 June 2026") instead of the JSON they are stored as. */
export const auditDetails = (details: unknown): { term: string; text: string }[] =>
  details && typeof details === "object" && !Array.isArray(details)
    ? Object.entries(details).map(([key, value]) => ({
        term: sentence([key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()]),
        text: valueText(value),
      }))
    : details === null || details === undefined
      ? []
      : [{ term: "Details", text: valueText(details) }];
