import { hashPassword } from "@/lib/auth/passwords";
import { THROTTLES } from "@/lib/auth/rules";
import { reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalisePostcode } from "./rules";
import type { Registration } from "./schemas";

const NO_MATCH =
  "We could not match that customer reference and postcode. Check your tenancy letter or rent statement, or ask your involvement officer for an invitation.";

/**
 * Creates a portal account for a customer who proves who they are with their customer reference and the
 * postcode of their home. Every attempt counts against the reference and the address, to stop guessing.
 */
export const registerTenant = async (options: { registration: Registration; ip: string | null; now?: Date }) => {
  const { registration, ip, now = new Date() } = options;
  await reserveAttempt(
    [
      { key: `register:reference:${registration.reference.toUpperCase()}`, policy: THROTTLES.registerReference },
      ...(ip ? [{ key: `register:address:${ip}`, policy: THROTTLES.registerAddress }] : []),
    ],
    (wait) => `There have been too many attempts to create an account. Wait ${wait} and try again.`,
    now,
  );
  const customer = await db.customer.findFirst({
    where: { reference: { equals: registration.reference, mode: "insensitive" }, status: "ACTIVE", anonymisedAt: null },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      home: { select: { postcode: true } },
      user: { select: { id: true } },
    },
  });
  if (!customer?.home || normalisePostcode(customer.home.postcode) !== registration.postcode) {
    throw new DomainError(NO_MATCH);
  }
  if (customer.user)
    throw new DomainError("You already have an account. Sign in, or reset your password if you have forgotten it.");
  await createCustomerAccount({
    customer,
    email: registration.email,
    passwordHash: await hashPassword(registration.password),
  });
};

/**
 * Shared by registration and invitations: the email must be free, one account per customer (both unique in the
 * database). The password comes hashed: hashing is slow on purpose, so it is done before any transaction opens.
 */
export const createCustomerAccount = async (options: {
  customer: { id: string; firstName: string; lastName: string };
  email: string;
  passwordHash: string;
  tx?: Prisma.TransactionClient;
}) => {
  const { customer, email, passwordHash, tx = db } = options;
  try {
    await tx.user.create({
      data: {
        email,
        name: `${customer.firstName} ${customer.lastName}`,
        role: "TENANT",
        customerId: customer.id,
        passwordHash,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Worded so it does not confirm that someone else has an account with this address.
      throw new DomainError(
        "We could not create an account with that email address. If you already have an account, sign in or reset your password.",
        {
          email: "Use a different email address, or sign in",
        },
      );
    }
    throw error;
  }
};
