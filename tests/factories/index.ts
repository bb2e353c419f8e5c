import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

let sequence = 0;

export const FACTORY_PASSWORD = "factory-password-1";

// bcrypt is slow by design; one hash serves every factory user.
let passwordHash: Promise<string> | undefined;

export const createUser = async (overrides: { role?: Role; email?: string; disabledAt?: Date } = {}) => {
  sequence += 1;
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  return db.user.create({
    data: {
      email: overrides.email ?? `user${sequence}@example.test`,
      name: `User ${sequence}`,
      role: overrides.role ?? "TENANT",
      passwordHash: await passwordHash,
      disabledAt: overrides.disabledAt,
    },
  });
};

export const createLandlord = () =>
  db.landlord.create({ data: { id: 1, name: "Test Housing Association", regime: "ENGLAND" } });
