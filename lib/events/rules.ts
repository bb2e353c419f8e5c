import { addDays, financialYearDays, financialYearOf, ukDay, ukDayStart } from "@/lib/uk-time";
import { formatDate, formatDateTime } from "@/lib/format";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

type RegistrationWindow = { startsAt: Date; registrationOpensAt: Date | null; registrationClosesAt: Date | null };

/**
 * Attendance is recorded from the UK day the event starts: ticking someone off for an event months away is a
 * slip (the wrong event opened), and it would count in figures before anyone came.
 */
export const attendanceProblem = (event: { startsAt: Date }, now: Date): string | null =>
  ukDay(now) < ukDay(event.startsAt)
    ? `Attendance can be recorded from the day of the event, ${formatDate(event.startsAt)}.`
    : null;

/** Registration closes at the stated time, or when the event starts if no time was set. */
export const registrationClosesAt = (event: RegistrationWindow) => event.registrationClosesAt ?? event.startsAt;

/** Why registration is refused right now, or null when it is open. */
export const registrationWindowProblem = (event: RegistrationWindow, now: Date): string | null => {
  if (event.registrationOpensAt && now < event.registrationOpensAt) {
    return `Registration for this event opens on ${formatDateTime(event.registrationOpensAt)}. Please come back then.`;
  }
  if (now >= registrationClosesAt(event)) return "Registration for this event has closed.";
  return null;
};

/** A place while there is room; otherwise the waiting list. No capacity means no limit. */
export const placeFor = (capacity: number | null, registered: number): RegistrationStatus =>
  capacity === null || registered < capacity ? "REGISTERED" : "WAITING";

/** How many people on the waiting list can move up when places free up or capacity grows. */
export const placesToFill = (capacity: number | null, registered: number, waiting: number) =>
  capacity === null ? waiting : Math.max(0, Math.min(waiting, capacity - registered));

/** Partner organisations typed one per line or separated by commas, without blanks or repeats. */
export const parsePartners = (text: string) => [
  ...new Set(
    text
      .split(/[\n,]/)
      .map((name) => name.trim())
      .filter(Boolean),
  ),
];

/** The landlord's financial year (1 April to 31 March) that `now` falls in: the board's usual period. */
export const financialYear = (now: Date) => financialYearDays(financialYearOf(now));

const startOfUkDay = (day: string) => {
  const start = ukDayStart(day);
  if (!start) throw new Error(`Not a calendar day: ${day}`);
  return start;
};

/**
 * A period of whole UK days as instants: from the start of `from` up to, not including, the start of the day after
 * `to`. An event at half past midnight on 1 April in summer time is in April, although it is still March in UTC.
 */
export const periodBounds = (from: string, to: string) => ({
  start: startOfUkDay(from),
  end: startOfUkDay(addDays(to, 1)),
});
