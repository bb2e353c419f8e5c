import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who is acting, as every use case receives it: the audit log records `id`, and the few rules that differ
 * for staff and tenants (registering someone else, cancelling their place) read `role`. The signed-in
 * `CurrentUser` is one, so actions pass `user` straight through.
 */
export type Actor = { id: string; role: Role };

export const isStaff = (actor: Actor) => actor.role === "OFFICER" || actor.role === "ADMIN";
