import { cache } from "react";
import { isBuildPhase } from "@/lib/cache/build-phase";
import { db } from "@/lib/db";

const UNNAMED = { name: "Involve", regime: "ENGLAND" as const, requireSecondFactor: false };

// Every page's title and header show the landlord; the build renders pages without the database (build-phase.ts).
export const getLandlord = cache(async () =>
  isBuildPhase()
    ? UNNAMED
    : ((await db.landlord.findUnique({ where: { id: 1 }, select: { name: true, regime: true, requireSecondFactor: true } })) ?? UNNAMED),
);
