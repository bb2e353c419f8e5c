// Tagging a record with the regulator's outcomes it evidences: scrutiny reviews and recommendations, a
// consultation's "You said, We did", and what was learned from a complaint. The form checks the codes exist; the use
// case checks they belong to the landlord's own regime, since the regime is a setting that may change.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { checkboxes } from "@/lib/forms";
import { isOutcomeCode, outcomeCodesProblem } from "./standards";

export const ZOutcomeCodes = checkboxes(z.string().refine(isOutcomeCode, "Choose outcomes from the list")).pipe(
  z.array(z.string()).max(20, "Choose at most 20 outcomes"),
);

/** Refuses codes from the other regime's list, with the message beside the `outcomeCodes` field. */
export const checkOutcomeCodes = async (tx: Tx, codes: readonly string[], field = "outcomeCodes") => {
  const landlord = await tx.landlord.findUnique({ where: { id: 1 }, select: { regime: true } });
  const problem = outcomeCodesProblem(codes, landlord?.regime ?? "ENGLAND");
  if (problem) throw new DomainError(problem, { [field]: problem });
};
