import { db } from "@/lib/db";
import { optionText, type OptionResult } from "./rules";

const SETTING = {
  id: true,
  year: true,
  averageWeeklyRentPence: true,
  decidedOptionLabel: true,
  decidedOn: true,
  minuteReference: true,
  consultation: {
    select: { id: true, title: true, status: true, opensAt: true, closesAt: true, outcomePublishedAt: true },
  },
  options: {
    orderBy: { label: "asc" as const },
    select: { label: true, changeBasisPoints: true, weeklyEffectPence: true },
  },
};

export const listRentSettings = () => db.rentSetting.findMany({ orderBy: { year: "desc" }, select: SETTING });

export const getRentSetting = (id: string) => db.rentSetting.findUnique({ where: { id }, select: SETTING });

export type RentSettingView = NonNullable<Awaited<ReturnType<typeof getRentSetting>>>;

/**
 * How many tenants chose each option, counted by the database from the template's choice question (the first),
 * whose options are the options' own words.
 */
export const rentResults = async (setting: RentSettingView): Promise<OptionResult[]> => {
  const rows = await db.$queryRaw<{ option: string; votes: number }[]>`
    SELECT a.option, count(*)::int AS votes
    FROM "ConsultationAnswer" a JOIN "ConsultationQuestion" q ON q.id = a."questionId"
    WHERE q."consultationId" = ${setting.consultation.id} AND q.position = 1 AND a.option IS NOT NULL
    GROUP BY a.option`;
  const votes = new Map(rows.map((row) => [row.option, row.votes]));
  return setting.options.map((option) => {
    const text = optionText(option, setting.averageWeeklyRentPence);
    return { label: option.label, text, votes: votes.get(text) ?? 0 };
  });
};
