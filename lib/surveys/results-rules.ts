import type { Regime } from "@/lib/generated/prisma/enums";
import { MEASURE_LABEL, measureName } from "./measure-labels";
import type { Group, PerceptionResult, Tally } from "@/lib/measures/perception";

/** England reports each tenure; Scotland's ARC indicators are one figure for all tenants. */
export const groupsFor = (regime: Regime): readonly Group[] =>
  regime === "ENGLAND" ? ["all", "LCRA", "LCHO"] : ["all"];

/**
 * Change from last year in percentage points. Both figures are already rounded to one decimal, so the difference
 * is taken in tenths to keep 67.5 - 64.2 from printing as 3.299999.
 */
export const pointsDifference = (current: number | null, previous: number | null | undefined) =>
  current === null || previous === null || previous === undefined
    ? null
    : (Math.round(current * 10) - Math.round(previous * 10)) / 10;

/** "+3.3 points", "-1 point", "no change", or "" when there is nothing to compare. */
export const describeDifference = (difference: number | null) => {
  if (difference === null) return "";
  if (difference === 0) return "no change";
  const size = Math.abs(difference);
  return `${difference > 0 ? "+" : "-"}${size} ${size === 1 ? "point" : "points"}`;
};

/** A percentage as a whole number out of 100, for plain-English sentences. */
export const inEveryHundred = (percent: number) => Math.round(percent);

/** "67 in every 100 tenants who answered were satisfied with our services overall", or null with nobody to count. */
export const plainFinding = (code: string, tally: Tally) =>
  tally.percent === null
    ? null
    : `${inEveryHundred(tally.percent)} in every 100 tenants who answered ${MEASURE_LABEL[code]?.finding ?? `were positive about ${code}`}`;

export type ComparedTally = Tally & { previousPercent: number | null; difference: number | null };

/** Each measure's figures for the groups the regime reports, beside last year's round when there is one. */
export const compareResults = (current: PerceptionResult, previous: PerceptionResult | null, regime: Regime) =>
  Object.entries(current.measures).map(([code, byGroup]) => ({
    code,
    name: measureName(code),
    groups: groupsFor(regime).map((group) => {
      const previousPercent = previous?.measures[code]?.[group].percent ?? null;
      return {
        group,
        ...byGroup[group],
        previousPercent,
        difference: pointsDifference(byGroup[group].percent, previousPercent),
      };
    }),
  }));

export type ComparedMeasure = ReturnType<typeof compareResults>[number];
