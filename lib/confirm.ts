import { z } from "zod";

/**
 * The field only a confirmation page posts. Actions that cannot be taken back require it, so one click on a
 * stray button, or a forged direct post, changes nothing.
 */
export const CONFIRMED = { name: "confirmed", value: "yes" } as const;

export const ZConfirmed = z.object({
  [CONFIRMED.name]: z.literal(CONFIRMED.value, "Confirm on the confirmation page: nothing has been changed yet"),
});
