import { saveLandlordFields } from "./save-landlord-fields";
import type { Actor } from "@/lib/auth/actor";

/** The gap, in percentage points, beyond which the reach page lists a group as seldom heard. */
export const updateReachGap = ({ actor, reachGapPoints }: { actor: Actor; reachGapPoints: number }) =>
  saveLandlordFields({ actor, action: "landlord.reach-gap.updated", fields: { reachGapPoints } });
