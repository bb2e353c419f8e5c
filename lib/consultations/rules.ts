import type {
  ConsultationStatus,
  CustomerKind,
  CustomerStatus,
  ResponseChannel,
  ScaleKind,
  SupportNeedKind,
} from "@/lib/generated/prisma/enums";
import type { AudienceDefinition } from "@/lib/reach/rules";
import { SCALE_HEADLINE } from "@/lib/questions/labels";

type Timing = { status: ConsultationStatus; opensAt: Date; closesAt: Date };

/** Stored statuses that mean "published, open between opensAt and closesAt". */
export const LIVE_STATUSES = ["SCHEDULED", "OPEN"] as const satisfies ConsultationStatus[];

/**
 * The status people see: a published consultation opens and closes by the clock, without anyone pressing a
 * button, so the stored SCHEDULED or OPEN is read against the server's time.
 */
export const effectiveStatus = ({ status, opensAt, closesAt }: Timing, now: Date): ConsultationStatus => {
  switch (status) {
    case "SCHEDULED":
    case "OPEN":
      if (now < opensAt) return "SCHEDULED";
      return now < closesAt ? "OPEN" : "CLOSED";
    case "DRAFT":
    case "CLOSED":
    case "RESULTS_PUBLISHED":
    case "OUTCOME_PUBLISHED":
      return status;
  }
};

export const isOpen = (consultation: Timing, now: Date) => effectiveStatus(consultation, now) === "OPEN";

/**
 * The amend rule: a respondent may change their own online response, online, until closing (the same response
 * is replaced). A paper, phone or meeting response an officer entered is the record of what was said, so it
 * is never replaced, and an officer cannot enter a second response over an online one.
 */
export const canAmend = (existing: ResponseChannel, channel: ResponseChannel) =>
  existing === "ONLINE" && channel === "ONLINE";

/** What a tenant's consultation page offers: the form to respond or to change their answers, or why not. */
export type TenantResponseStep = "not-open" | "respond" | "amend" | "responded-offline";

export const tenantResponseStep = (
  status: ConsultationStatus,
  response: { channel: ResponseChannel } | null,
): TenantResponseStep => {
  if (status !== "OPEN") return "not-open";
  if (!response) return "respond";
  return canAmend(response.channel, "ONLINE") ? "amend" : "responded-offline";
};

/** The status stored when an officer publishes: open at once, or scheduled for later. */
export const publishedStatus = (opensAt: Date, now: Date): ConsultationStatus => (opensAt > now ? "SCHEDULED" : "OPEN");

/** Who a consultation is for: the reusable audience definition (lib/reach/rules.ts). */
export type Audience = AudienceDefinition;

export type CustomerFacts = {
  status: CustomerStatus;
  anonymisedAt: Date | null;
  kind: CustomerKind;
  areaId: string | null;
  groupIds: string[];
  supportNeeds: SupportNeedKind[];
  /** "questionKey=answer" for each equality answer the customer gave. */
  equalityAnswers: string[];
};

/** Each audience list left empty means everyone; former and anonymised customers can never respond. */
export const isEligible = (customer: CustomerFacts, audience: Audience) =>
  customer.status === "ACTIVE" &&
  !customer.anonymisedAt &&
  (audience.audienceAreaIds.length === 0 ||
    (customer.areaId !== null && audience.audienceAreaIds.includes(customer.areaId))) &&
  (audience.audienceKinds.length === 0 || audience.audienceKinds.includes(customer.kind)) &&
  (audience.audienceGroupIds.length === 0 || customer.groupIds.some((id) => audience.audienceGroupIds.includes(id))) &&
  (audience.audienceSupportNeeds.length === 0 ||
    customer.supportNeeds.some((kind) => audience.audienceSupportNeeds.includes(kind))) &&
  (audience.audienceEqualityAnswers.length === 0 ||
    customer.equalityAnswers.some((answer) => audience.audienceEqualityAnswers.includes(answer)));

const DAY_MS = 86_400_000;

/** "You said, We did" is due this long after closing (a setting per consultation, 28 days by default). */
export const outcomeDueAt = (closesAt: Date, outcomeDueDays: number) =>
  new Date(closesAt.getTime() + outcomeDueDays * DAY_MS);

export const isOutcomeOverdue = (consultation: Timing & { outcomeDueDays: number }, now: Date) => {
  const status = effectiveStatus(consultation, now);
  return (
    (status === "CLOSED" || status === "RESULTS_PUBLISHED") &&
    now > outcomeDueAt(consultation.closesAt, consultation.outcomeDueDays)
  );
};

export const percent = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));

/** The board's headline for a scale: the share choosing either of the top two points (4 or 5). */
export const headlineFigure = (scaleKind: ScaleKind, counts: Record<string, number>, answered: number) => {
  const value = percent((counts["5"] ?? 0) + (counts["4"] ?? 0), answered);
  return { percent: value, text: `${value}% ${SCALE_HEADLINE[scaleKind]}` };
};
