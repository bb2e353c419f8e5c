import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** Records a customer's request to delete their data, for an administrator to action. One open request at a time. */
export const requestDeletion = async (options: { customerId: string; now?: Date }) => {
  const { customerId, now = new Date() } = options;
  await db.$transaction(async (tx) => {
    const open = await tx.deletionRequest.findFirst({ where: { customerId, actionedAt: null } });
    if (open) throw new DomainError("You have already asked us to delete your information. We will be in touch.");
    await tx.deletionRequest.create({ data: { customerId, requestedAt: now } });
  });
};
