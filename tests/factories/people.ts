import { db } from "@/lib/db";
import type { CustomerKind } from "@/lib/generated/prisma/enums";

let sequence = 0;

export const createArea = (name: string) => db.area.create({ data: { name } });

export const createCustomer = async (
  overrides: { firstName?: string; lastName?: string; kind?: CustomerKind; areaId?: string; postcode?: string } = {},
) => {
  sequence += 1;
  const ref = String(sequence).padStart(5, "0");
  const areaId =
    overrides.areaId ??
    (await db.area.upsert({ where: { name: "Default" }, create: { name: "Default" }, update: {} })).id;
  const home =
    overrides.kind === "APPLICANT"
      ? undefined
      : await db.home.create({
          data: {
            reference: `H${ref}`,
            addressLine1: `${sequence} Test Street`,
            town: "Testville",
            postcode: overrides.postcode ?? "TE1 1ST",
            areaId,
            stockType: "LCRA",
          },
        });
  return db.customer.create({
    data: {
      reference: `C${ref}`,
      kind: overrides.kind ?? "TENANT",
      firstName: overrides.firstName ?? `First${sequence}`,
      lastName: overrides.lastName ?? `Last${sequence}`,
      homeId: home?.id,
    },
  });
};
