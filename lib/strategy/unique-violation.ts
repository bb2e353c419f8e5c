import { Prisma } from "@/lib/generated/prisma/client";

/** Uniqueness rules live in the database; this recognises one being broken so it can become a DomainError. */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
