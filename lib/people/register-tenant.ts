import { hashPassword } from "@/lib/auth/passwords";
import { failureWindowStart, SIGN_IN_LIMITS } from "@/lib/auth/rules";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalisePostcode } from "./rules";
import type { Registration } from "./schemas";

const NO_MATCH =
  "We could not match that customer reference and postcode. Check your tenancy letter or rent statement, or ask your involvement officer for an invitation.";

/**
 * Creates a portal account for a customer who proves who they are with their customer reference and the
 * postcode of their home. Failed matches count against the address like failed sign-ins, to stop guessing.
 */
export const registerTenant = async (options: { registration: Registration; ip: string; now?: Date }) => {
  const { registration, ip, now = new Date() } = options;
  const key = `register:${ip}`;
  const failures = await db.signInFailure.count({ where: { key, createdAt: { gte: failureWindowStart(now) } } });
  if (failures >= SIGN_IN_LIMITS.perAccount) {
    throw new DomainError("There have been too many attempts to match a customer. Wait 15 minutes and try again.");
  }
  const customer = await db.customer.findFirst({
    where: { reference: { equals: registration.reference, mode: "insensitive" }, status: "ACTIVE", anonymisedAt: null },
    select: { id: true, firstName: true, lastName: true, home: { select: { postcode: true } }, user: { select: { id: true } } },
  });
  if (!customer?.home || normalisePostcode(customer.home.postcode) !== registration.postcode) {
    await db.signInFailure.create({ data: { key, createdAt: now } });
    throw new DomainError(NO_MATCH);
  }
  if (customer.user) throw new DomainError("You already have an account. Sign in, or reset your password if you have forgotten it.");
  await createCustomerAccount({ customer, email: registration.email, password: registration.password });
};

/** Shared by registration and invitations: the email must be free, one account per customer (both unique in the database). */
export const createCustomerAccount = async (options: {
  customer: { id: string; firstName: string; lastName: string };
  email: string;
  password: string;
  tx?: Prisma.TransactionClient;
}) => {
  const { customer, email, password, tx = db } = options;
  try {
    await tx.user.create({
      data: { email, name: `${customer.firstName} ${customer.lastName}`, role: "TENANT", customerId: customer.id, passwordHash: await hashPassword(password) },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("An account already uses that email address, or you already have an account. Try signing in.", {
        email: "An account already uses this email address",
      });
    }
    throw error;
  }
};
