import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { toICalendar } from "@/lib/events/icalendar";
import { actorMembershipWhere, currentMembershipWhere, type GroupActor } from "./space-access";
import { listMyMeetings } from "./space-queries";

/*
 * A member's subscribable calendar of their groups' meetings. Calendar programs fetch it with no session, so the
 * address carries a secret instead; it shows only the groups the owner belongs to on the day it is fetched, and
 * answers nothing once they belong to none (membership ended) or their account is disabled.
 */

/** The path of a member's calendar address, from its token. */
export const calendarFeedPath = (token: string) => `/groups/calendar/${token}.ics`;

/** A token is 32 random bytes in base64url: 43 characters. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const isCurrentMember = async (actor: GroupActor, now: Date) =>
  (await db.groupMembership.count({ where: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] } })) > 0;

/** The member's calendar token, if they have made one. */
export const findCalendarToken = async (userId: string) =>
  (await db.groupCalendarFeed.findUnique({ where: { userId }, select: { token: true } }))?.token ?? null;

/** Makes the member a new calendar address, which replaces (and so stops) any old one. */
export const renewCalendarFeed = async ({ actor, now = new Date() }: { actor: GroupActor; now?: Date }) => {
  if (!(await isCurrentMember(actor, now))) throw new DomainError("You are not a member of any group at the moment.");
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.groupCalendarFeed.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, token, createdAt: now },
      update: { token, createdAt: now },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.calendar-feed.renewed",
      entityType: "User",
      entityId: actor.id,
    });
  });
  return { token };
};

/** The iCalendar text of an actor's group meetings: for the signed-in download and the secret address alike. */
export const groupMeetingsCalendar = async (actor: GroupActor, now = new Date()) => {
  const meetings = await listMyMeetings(actor, now);
  const base = new URL(env.APP_URL);
  const href = new Map(meetings.map((m) => [`group-meeting-${m.id}`, `/groups/${m.groupId}/meetings/${m.id}`]));
  return toICalendar(
    meetings.map((m) => ({
      id: `group-meeting-${m.id}`,
      title: `${m.group.name}: ${m.title}`,
      description: m.onlineLink ? `Join online at ${m.onlineLink}` : null,
      venue: m.place ?? "Online",
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      updatedAt: m.createdAt,
    })),
    {
      name: "Your group meetings",
      now,
      domain: base.hostname,
      eventUrl: (id) => new URL(href.get(id) ?? "/groups", base).href,
    },
  );
};

/** The calendar at a secret address, or null as for an address that never existed. */
export const calendarForToken = async (token: string, now = new Date()) => {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const feed = await db.groupCalendarFeed.findUnique({
    where: { token },
    select: { user: { select: { id: true, role: true, customerId: true, disabledAt: true } } },
  });
  if (!feed || feed.user.disabledAt) return null;
  const owner = { id: feed.user.id, role: feed.user.role, customerId: feed.user.customerId };
  if (!(await isCurrentMember(owner, now))) return null;
  return groupMeetingsCalendar(owner, now);
};
