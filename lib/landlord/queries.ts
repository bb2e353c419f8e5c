import { db } from "@/lib/db";

export const getLandlord = async () =>
  (await db.landlord.findUnique({ where: { id: 1 }, select: { name: true, regime: true, requireSecondFactor: true } })) ?? {
    name: "Involve",
    regime: "ENGLAND" as const,
    requireSecondFactor: false,
  };
