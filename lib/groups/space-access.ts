import type { Db, Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { MembershipRole, Role } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/uk-time";
import { canRunMeetings, decideGroupStanding, type GroupStanding } from "./space-rules";

/*
 * The one access check of every group space page, route and action (decision 0029). A member is someone with a
 * current membership: as a customer (their account's customerId) or as themselves (their userId: a councillor,
 * staff, an independent member). Officers and administrators moderate every group. Anyone else gets exactly what
 * a missing group gets: not found.
 */

/** Who is asking: the fields of the signed-in user (SessionUser) the check needs. */
export type GroupActor = { id: string; role: Role; customerId: string | null };

export type GroupAccess = {
  group: { id: string; name: string; type: string };
  /** The actor's current membership of this group, or null for a moderator who is not a member. */
  membership: { id: string; role: MembershipRole } | null;
  standing: Exclude<GroupStanding, null>;
  /** Officers and administrators: may add and remove members, set what is public, and approve minutes. */
  canModerate: boolean;
};

/** Prisma's where for memberships current on `now`'s UK day: started, and not yet ended. */
export const currentMembershipWhere = (now: Date) => {
  const today = ukToday(now);
  return { startedOn: { lte: today }, OR: [{ endedOn: null }, { endedOn: { gte: today } }] };
};

/** Prisma's where for the actor's own memberships, as a customer or as themselves. */
export const actorMembershipWhere = (actor: GroupActor) => ({
  OR: [{ userId: actor.id }, ...(actor.customerId ? [{ customerId: actor.customerId }] : [])],
});

/** The actor's standing in a group, or null when the group does not exist or is not theirs to see. */
export const findGroupAccess = async (
  actor: GroupActor,
  groupId: string,
  now = new Date(),
  client: Db | Tx = db,
): Promise<GroupAccess | null> => {
  const group = await client.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      name: true,
      type: true,
      memberships: {
        where: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] },
        select: { id: true, role: true },
        take: 1,
      },
    },
  });
  if (!group) return null;
  const membership = group.memberships[0] ?? null;
  const standing = decideGroupStanding(actor, membership !== null);
  if (!standing) return null;
  return {
    group: { id: group.id, name: group.name, type: group.type },
    membership,
    standing,
    canModerate: actor.role === "OFFICER" || actor.role === "ADMIN",
  };
};

/** For use cases (server actions): the actor's access, or the not-found refusal formAction turns into a 404. */
export const groupAccessOrNotFound = async (actor: GroupActor, groupId: string, now = new Date(), client?: Tx) => {
  const access = await findGroupAccess(actor, groupId, now, client);
  if (!access) throw notFoundError("group");
  return access;
};

/** As groupAccessOrNotFound, and the actor must moderate (officers, administrators). */
export const moderatorAccessOrNotFound = async (actor: GroupActor, groupId: string, now = new Date(), client?: Tx) => {
  const access = await groupAccessOrNotFound(actor, groupId, now, client);
  if (!access.canModerate) throw notFoundError("group");
  return access;
};

/** "My groups": the groups the actor is a current member of, by name. */
export const listMyGroups = (actor: GroupActor, now = new Date()) =>
  db.group.findMany({
    where: { memberships: { some: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      description: true,
      memberships: {
        where: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] },
        select: { role: true },
        take: 1,
      },
    },
  });

const NOT_A_RUNNER = new DomainError("Only the group's chair or secretary, or an officer, can do this.");

/** As groupAccessOrNotFound, and the actor runs the group's meetings (chair, secretary, officers). */
export const runnerAccessOrNotFound = async (actor: GroupActor, groupId: string, now = new Date(), client?: Tx) => {
  const access = await groupAccessOrNotFound(actor, groupId, now, client);
  if (!canRunMeetings(access)) throw NOT_A_RUNNER;
  return access;
};

/** One of the group's meetings, or not found: an id from another group is no meeting of this one. */
export const meetingOfGroup = async (client: Db | Tx, groupId: string, meetingId: string) => {
  const meeting = await client.groupMeeting.findFirst({
    where: { id: meetingId, groupId },
    select: { id: true, title: true, startsAt: true },
  });
  if (!meeting) throw notFoundError("meeting");
  return meeting;
};
