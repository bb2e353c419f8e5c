import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: use cases audit staff changes and hold tenants to their own records. */
export type Actor = { id: string; role: Role };

export const isStaff = (actor: Actor) => actor.role === "OFFICER" || actor.role === "ADMIN";
