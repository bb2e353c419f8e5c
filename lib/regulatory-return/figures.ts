import { db } from "@/lib/db";
import type { Regime } from "@/lib/generated/prisma/enums";
import { fromDbDate } from "@/lib/feedback/clock";
import { feedbackReference } from "@/lib/feedback/rules";
import { listComplaintStages } from "@/lib/feedback/queries";
import { localHolidayDates } from "@/lib/landlord/local-holidays";
import { holidayCalendar } from "@/lib/measures/bank-holidays";
import { complaintFigures, uncoveredDates, type ComplaintStage } from "@/lib/measures/complaints";
import { getManagementYear } from "@/lib/management-figures/queries";
import { getRoundResults } from "@/lib/surveys/round-results";
import { financialYearDays } from "@/lib/uk-time";
import { arcLines, methodStatement, tsmLines, type ReturnFigures } from "./rules";

/** The complaints recorded in Involve as the complaints file would list them, for the same figures code. */
const recordedComplaints = async (): Promise<ComplaintStage[]> =>
  (await listComplaintStages()).map((row, index) => ({
    line: index + 2,
    reference: feedbackReference(row.feedback.number),
    stage: row.stage === 2 ? 2 : 1,
    receivedOn: fromDbDate(row.receivedOn),
    ...(row.acknowledgedOn && { acknowledgedOn: fromDbDate(row.acknowledgedOn) }),
    ...(row.respondedOn && { respondedOn: fromDbDate(row.respondedOn) }),
    extensionWorkingDays: row.extensionWorkingDays,
  }));

/** ARC indicators 3 and 4 for the year, or null when a date falls outside the bank holiday calendars. */
const yearComplaints = async (year: number) => {
  const period = { regime: "scotland" as const, ...financialYearDays(year) };
  const full = { ...period, calendar: holidayCalendar("scotland", await localHolidayDates()) };
  const complaints = await recordedComplaints();
  return uncoveredDates(complaints, full).length > 0 ? null : complaintFigures(complaints, full);
};

const yearRound = (regime: Regime, year: number) =>
  db.surveyRound.findUnique({
    where: { regime_year: { regime, year } },
    select: {
      id: true,
      populationLcra: true,
      populationLcho: true,
      sampleMethod: true,
      timing: true,
      collectionMethods: true,
      representativeness: true,
      weighting: true,
      contractor: true,
      exclusions: true,
      incentives: true,
    },
  });

/**
 * A year's return as it stands: the survey round's tallies (the same query as the results page), the complaints
 * and management figures by the measures pages' own functions, and any figures the officer entered.
 */
export const liveReturnFigures = async (regime: Regime, year: number): Promise<ReturnFigures> => {
  const round = await yearRound(regime, year);
  const survey = round ? await getRoundResults(round.id, regime) : null;
  if (regime === "SCOTLAND") {
    const [complaints, entered] = await Promise.all([
      yearComplaints(year),
      db.returnFigure.findMany({
        where: { return: { regime, year } },
        select: { code: true, value: true },
      }),
    ]);
    const lines = arcLines({ survey, complaints, entered: new Map(entered.map((row) => [row.code, row.value])) });
    return { regime, year, lines, method: [] };
  }
  const management = await getManagementYear(year);
  const respondents = survey ? { LCRA: survey.respondents.LCRA, LCHO: survey.respondents.LCHO } : null;
  return { regime, year, lines: tsmLines({ survey, management }), method: methodStatement(round, respondents) };
};
