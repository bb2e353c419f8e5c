import { db, type Tx } from "@/lib/db";
import { localHolidayDates } from "@/lib/landlord/local-holidays";
import { getLandlord } from "@/lib/landlord/queries";
import { holidayCalendar, type Regime } from "@/lib/measures/bank-holidays";
import { ukDay } from "@/lib/uk-time";
import type { Clock } from "./rules";

export const DEFAULT_STANDARDS = { acknowledgeDays: 3, answerDays: 10 } as const;

export const getStandards = async (tx?: Tx) => {
  const standards = await (tx ?? db).feedbackStandard.findUnique({
    where: { id: 1 },
    select: { acknowledgeDays: true, answerDays: true },
  });
  return standards ?? DEFAULT_STANDARDS;
};

export const landlordRegime = async (): Promise<Regime> =>
  (await getLandlord()).regime === "ENGLAND" ? "england" : "scotland";

/** The regime, the landlord's standards and its calendar (bank holidays plus local holidays), read once per use. */
export const loadClock = async (): Promise<Clock> => {
  const regime = await landlordRegime();
  const [standards, local] = await Promise.all([getStandards(), localHolidayDates()]);
  return { regime, standards, calendar: holidayCalendar(regime, local) };
};

/** The UK calendar day of an instant, as the clocks count it. */
export const today = (now: Date) => ukDay(now);

/** Dates are kept as calendar days (UTC midnight), as the complaints file writes them. */
export const toDbDate = (day: string) => new Date(`${day}T00:00:00Z`);

export const fromDbDate = (date: Date) => date.toISOString().slice(0, 10);
