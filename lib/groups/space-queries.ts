import "server-only";
import { db } from "@/lib/db";
import { currentMembershipWhere } from "./space-access";

/*
 * What the group space's pages read. Every function takes a groupId the caller has already passed through
 * requireGroupSpace (page-access.ts) or groupAccessOrNotFound (access.ts): none of them checks access itself.
 */

/** What the group shows and publishes; a group without a settings row keeps the defaults. */
export const getGroupSpaceSettings = async (groupId: string) =>
  (await db.groupSpace.findUnique({ where: { groupId }, select: { membersList: true, minutesPublic: true } })) ?? {
    membersList: "NAMES_AND_ROLES" as const,
    minutesPublic: false,
  };

/** The group's current members, office holders first; anonymised customers are not named anywhere. */
export const listCurrentMembers = (groupId: string, now = new Date()) =>
  db.groupMembership.findMany({
    where: {
      groupId,
      ...currentMembershipWhere(now),
      NOT: { customer: { anonymisedAt: { not: null } } },
    },
    orderBy: [{ role: "asc" }, { startedOn: "asc" }],
    select: {
      id: true,
      role: true,
      kind: true,
      startedOn: true,
      customer: { select: { firstName: true, lastName: true } },
      user: { select: { name: true } },
    },
  });

export type CurrentMember = Awaited<ReturnType<typeof listCurrentMembers>>[number];

export const getGroupOverview = (groupId: string) =>
  db.group.findUniqueOrThrow({ where: { id: groupId }, select: { description: true } });
