import type { Actor } from "@/lib/auth/actor";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";

type Options = {
  actor: Actor;
  rentSettingId: string;
  youSaid: string;
  outcome: string;
  /** The regulator's outcomes it evidences, as for any consultation's "You said, We did". */
  outcomeCodes?: readonly string[];
};

/**
 * The decision letter's "You said, We did": published through the consultation's own outcome, so it reaches the
 * public page and the people who answered like any other, once the board's decision is recorded.
 */
export const publishRentOutcome = async ({ actor, rentSettingId, youSaid, outcome, outcomeCodes }: Options) => {
  const setting = await db.rentSetting.findUnique({
    where: { id: rentSettingId },
    select: { consultationId: true, decidedOptionLabel: true },
  });
  if (!setting) throw notFoundError("rent consultation");
  if (!setting.decidedOptionLabel) throw new DomainError("Record the board's decision first.");
  await publishOutcome({ actor, consultationId: setting.consultationId, youSaid, outcome, outcomeCodes });
};
