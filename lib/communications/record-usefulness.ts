import { z } from "zod";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";

export const ZUsefulness = z.object({
  communicationId: z.string().min(1).max(50),
  useful: z.enum(["yes", "no"], "Choose yes or no"),
});

/**
 * A reader's "Was this useful?" on a published newsletter: anonymous, so only counted (nobody's answer is kept).
 * One UPDATE, so concurrent answers all count.
 */
export const recordUsefulness = async ({ communicationId, useful }: z.infer<typeof ZUsefulness>) => {
  const changed =
    useful === "yes"
      ? await db.$executeRaw`UPDATE "Communication" SET "usefulYes" = "usefulYes" + 1 WHERE "id" = ${communicationId} AND "status" = 'SENT'`
      : await db.$executeRaw`UPDATE "Communication" SET "usefulNo" = "usefulNo" + 1 WHERE "id" = ${communicationId} AND "status" = 'SENT'`;
  if (changed === 0) throw notFoundError("newsletter");
};
