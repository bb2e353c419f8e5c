import { financialYearLabel } from "@/lib/uk-time";
import { financialYearPeriod, getInvolvementProfile, seldomHeard } from "./profile";

/**
 * The reach summary for the board pack and the public site: totals, the seldom-heard groups and each dimension's
 * shares, without counts of people (shares only, and those hidden wherever a count is). For a financial year.
 */
export const getReachSummary = async (year: number) => {
  const profile = await getInvolvementProfile(financialYearPeriod(year));
  return {
    period: financialYearLabel(year),
    involved: profile.involved,
    customers: profile.customers,
    gapPoints: profile.gapPoints,
    seldomHeard: seldomHeard(profile).map(({ key, dimension, label, involvedShare, customerShare, gap }) => ({
      key,
      dimension,
      label,
      involvedShare,
      customerShare,
      gap,
    })),
    dimensions: profile.dimensions.map((dimension) => ({
      key: dimension.key,
      label: dimension.label,
      rows: dimension.rows
        .filter((row) => row.customers !== 0 || row.involved !== 0)
        .map(({ value, label, involvedShare, customerShare, gap }) => ({
          value,
          label,
          involvedShare,
          customerShare,
          gap,
        })),
    })),
  };
};

export type ReachSummary = Awaited<ReturnType<typeof getReachSummary>>;
