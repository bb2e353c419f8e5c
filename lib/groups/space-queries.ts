import { db } from "@/lib/db";
import { actorMembershipWhere, currentMembershipWhere, type GroupActor } from "./space-access";

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

const PAPER = { id: true, groupId: true, title: true, sizeBytes: true, publishedAt: true, createdAt: true } as const;

/** The group's meetings, next first among those to come, then the most recent. */
export const listMeetings = (groupId: string) =>
  db.groupMeeting.findMany({
    where: { groupId },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      place: true,
      onlineLink: true,
      minutes: { select: { state: true } },
      _count: { select: { papers: true } },
    },
  });

/** One meeting of the group (null for another group's meeting), with everything recorded at it. */
export const getMeeting = (groupId: string, meetingId: string) =>
  db.groupMeeting.findFirst({
    where: { id: meetingId, groupId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineLink: true,
      agendaItems: { orderBy: { position: "asc" }, select: { position: true, title: true } },
      papers: { orderBy: { createdAt: "asc" }, select: PAPER },
      attendance: {
        select: {
          status: true,
          membership: {
            select: {
              id: true,
              customer: { select: { firstName: true, lastName: true } },
              user: { select: { name: true } },
            },
          },
        },
      },
      minutes: {
        select: {
          text: true,
          state: true,
          approvedAt: true,
          publishedAt: true,
          approvedAtMeeting: { select: { title: true, startsAt: true } },
        },
      },
      decisions: { orderBy: { createdAt: "asc" }, select: { id: true, text: true } },
      actions: { orderBy: { dueOn: "asc" }, select: { id: true } },
    },
  });

export type MeetingPage = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** The group's PDFs: meeting papers (withMeeting) or its standing documents. */
export const listPapers = (groupId: string, kind: "meeting" | "document") =>
  db.groupPaper.findMany({
    where: { groupId, meetingId: kind === "meeting" ? { not: null } : null },
    orderBy: { createdAt: "desc" },
    select: { ...PAPER, meeting: { select: { id: true, title: true, startsAt: true } } },
  });

const ACTION = {
  id: true,
  groupId: true,
  title: true,
  dueOn: true,
  status: true,
  closedOn: true,
  meeting: { select: { id: true, title: true } },
  ownerMembership: {
    select: { id: true, customer: { select: { firstName: true, lastName: true } }, user: { select: { name: true } } },
  },
} as const;

/** The group's action log: open actions first, soonest due first. */
export const listGroupActions = (groupId: string, meetingId?: string) =>
  db.groupAction.findMany({
    where: { groupId, ...(meetingId ? { meetingId } : {}) },
    orderBy: [{ status: "asc" }, { dueOn: "asc" }],
    select: ACTION,
  });

export type GroupActionRow = Awaited<ReturnType<typeof listGroupActions>>[number];

/** Every group's open actions, for officers: soonest due (so most overdue) first; uses the (status, dueOn) index. */
export const listOpenActionsEverywhere = () =>
  db.groupAction.findMany({
    where: { status: "OPEN" },
    orderBy: { dueOn: "asc" },
    select: { ...ACTION, group: { select: { name: true } } },
  });

export const listThreads = (groupId: string) =>
  db.groupThread.findMany({
    where: { groupId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      createdAt: true,
      author: { select: { name: true } },
      _count: { select: { posts: true } },
    },
  });

/** One discussion of the group (null for another group's), its posts oldest first. */
export const getThread = (groupId: string, threadId: string) =>
  db.groupThread.findFirst({
    where: { id: threadId, groupId },
    select: {
      id: true,
      title: true,
      posts: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });

/** The meetings of every group the actor is a current member of, from a month ago on: their calendar feed. */
export const listMyMeetings = (actor: GroupActor, now = new Date()) =>
  db.groupMeeting.findMany({
    where: {
      startsAt: { gte: new Date(now.getTime() - 31 * 86_400_000) },
      group: { memberships: { some: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] } } },
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      groupId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineLink: true,
      createdAt: true,
      group: { select: { name: true } },
    },
  });
