import type { AgeBand } from "@/lib/generated/prisma/enums";

/**
 * The one age band whose household members may have an account of their own. Under 16 is never named, so never
 * invited; 25 and over are adults who register as any customer does. The database checks it too
 * (HouseholdMember_own_account_check).
 */
export const OWN_ACCOUNT_BAND = "AGE_16_TO_24" satisfies AgeBand;

/** Why this household member cannot be invited to an account of their own, or null when they can. */
export const ownAccountProblem = (member: { ageBand: AgeBand; ownCustomerId: string | null }): string | null => {
  if (member.ownCustomerId) return "They already have their own account.";
  if (member.ageBand !== OWN_ACCOUNT_BAND) return "Only people aged 16 to 24 can be invited to their own account.";
  return null;
};

/** Their own customer reference: one per household record, so it can be made from the record's id. */
export const householdMemberReference = (memberId: string) => `HM-${memberId}`;
