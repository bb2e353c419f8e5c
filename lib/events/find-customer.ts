import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** A current customer by reference, for officers registering someone or adding a walk-in. */
export const findCustomerByReference = async (tx: Tx, reference: string) => {
  const customer = await tx.customer.findFirst({
    where: { reference: { equals: reference.trim(), mode: "insensitive" }, anonymisedAt: null },
    select: { id: true, reference: true, firstName: true, lastName: true },
  });
  if (!customer) {
    throw new DomainError("We could not find that customer.", {
      reference: "Enter a customer reference we hold, like C00001",
    });
  }
  return customer;
};
