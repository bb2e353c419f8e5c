import { coverageMessage, isCovered, type HolidayCalendar, type Regime } from "./bank-holidays";
import { isWithin, type IsoDate } from "./dates";
import type { Problem } from "@/lib/uploads/problems";
import { percent, ratioToOneDecimal } from "./rounding";
import { workingDays } from "./working-days";

export type Stage = 1 | 2;

export type ComplaintStage = {
  line: number;
  reference: string;
  stage: Stage;
  receivedOn: IsoDate;
  acknowledgedOn?: IsoDate;
  /** Absent while the stage is open. */
  respondedOn?: IsoDate;
  extensionWorkingDays: number;
};

type Timescale = { target: number; extensionCap: number; startsOnAcknowledgement: boolean };

/**
 * England: the Housing Ombudsman's Complaint Handling Code (2024) counts from acknowledgement.
 * Scotland: the SPSO model complaints handling procedure counts from receipt.
 */
const TIMESCALES: Record<Regime, Record<Stage, Timescale>> = {
  england: {
    1: { target: 10, extensionCap: 10, startsOnAcknowledgement: true },
    2: { target: 20, extensionCap: 20, startsOnAcknowledgement: true },
  },
  scotland: {
    1: { target: 5, extensionCap: 5, startsOnAcknowledgement: false },
    2: { target: 20, extensionCap: 20, startsOnAcknowledgement: false },
  },
};

export const timescaleOf = (regime: Regime, stage: Stage) => TIMESCALES[regime][stage];

const startOf = (complaint: ComplaintStage, timescale: Timescale) =>
  (timescale.startsOnAcknowledgement && complaint.acknowledgedOn) || complaint.receivedOn;

/** Whether a responded stage met its timescale, an agreed extension counting only up to the regime's cap. */
export const metTimescale = (
  complaint: ComplaintStage & { respondedOn: IsoDate },
  regime: Regime,
  calendar: HolidayCalendar,
) => {
  const timescale = timescaleOf(regime, complaint.stage);
  const allowed = timescale.target + Math.min(complaint.extensionWorkingDays, timescale.extensionCap);
  return workingDays(startOf(complaint, timescale), complaint.respondedOn, calendar) <= allowed;
};

export type ComplaintsPeriod = {
  regime: Regime;
  from: IsoDate;
  to: IsoDate;
  homes?: number;
  calendar: HolidayCalendar;
};

export type StageFigures = {
  received: number;
  responded: number;
  respondedWithinTimescale: number;
  percentWithinTimescale: number | null;
  percentResponded: number | null;
  averageWorkingDays: number | null;
  perThousandHomes?: number | null;
};

const isResponded = (complaint: ComplaintStage): complaint is ComplaintStage & { respondedOn: IsoDate } =>
  complaint.respondedOn !== undefined;

const stageFigures = (
  complaints: readonly ComplaintStage[],
  { regime, from, to, homes, calendar }: ComplaintsPeriod,
): StageFigures => {
  const received = complaints.filter(({ receivedOn }) => isWithin(receivedOn, from, to));
  const responded = complaints.filter(isResponded).filter(({ respondedOn }) => isWithin(respondedOn, from, to));
  const within = responded.filter((complaint) => metTimescale(complaint, regime, calendar)).length;
  const respondedByEnd = received.filter(({ respondedOn }) => respondedOn !== undefined && respondedOn <= to).length;
  const totalDays = responded.reduce(
    (sum, { receivedOn, respondedOn }) => sum + workingDays(receivedOn, respondedOn, calendar),
    0,
  );
  return {
    received: received.length,
    responded: responded.length,
    respondedWithinTimescale: within,
    percentWithinTimescale: percent(within, responded.length),
    percentResponded: percent(respondedByEnd, received.length),
    averageWorkingDays: ratioToOneDecimal(totalDays, responded.length),
    ...(homes === undefined ? {} : { perThousandHomes: ratioToOneDecimal(received.length, homes, 1000) }),
  };
};

/** England's CH01 and CH02, and Scotland's ARC indicators 3 and 4, for each stage over the period. */
export const complaintFigures = (complaints: readonly ComplaintStage[], period: ComplaintsPeriod) => ({
  regime: period.regime,
  from: period.from,
  to: period.to,
  stage1: stageFigures(
    complaints.filter(({ stage }) => stage === 1),
    period,
  ),
  stage2: stageFigures(
    complaints.filter(({ stage }) => stage === 2),
    period,
  ),
});

/**
 * Working days can only be counted within the years the bank holiday calendars cover, so every date of a stage
 * that counts towards the period must be inside them.
 */
export const uncoveredDates = (
  complaints: readonly ComplaintStage[],
  { from, to, calendar }: ComplaintsPeriod,
): Problem[] =>
  complaints
    .filter(
      ({ receivedOn, respondedOn }) =>
        isWithin(receivedOn, from, to) || (respondedOn !== undefined && isWithin(respondedOn, from, to)),
    )
    .flatMap((complaint) =>
      (
        [
          ["received_on", complaint.receivedOn],
          ["acknowledged_on", complaint.acknowledgedOn],
          ["responded_on", complaint.respondedOn],
        ] as const
      ).flatMap(([column, date]) =>
        date !== undefined && !isCovered(calendar, date)
          ? [{ line: complaint.line, column, message: coverageMessage(calendar, date) }]
          : [],
      ),
    );
