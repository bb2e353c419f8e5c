import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { currentMembershipWhere, meetingOfGroup, runnerAccessOrNotFound, type GroupActor } from "./space-access";

type Schedule = {
  actor: GroupActor;
  groupId: string;
  title: string;
  startsAt: Date;
  minutes: number;
  place?: string;
  onlineLink?: string;
  agenda?: string;
};

/** The agenda typed one item a line, numbered in that order. */
const agendaItems = (agenda: string | undefined) =>
  (agenda ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((title, index) => ({ position: index + 1, title: title.slice(0, 300) }));

/** Schedules a meeting with its agenda (chair, secretary or officer). */
export const scheduleMeeting = async ({
  actor,
  groupId,
  title,
  startsAt,
  minutes,
  place,
  onlineLink,
  agenda,
}: Schedule) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, new Date(), tx);
    const meeting = await tx.groupMeeting.create({
      data: {
        groupId,
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        place: place ?? null,
        onlineLink: onlineLink ?? null,
        agendaItems: { create: agendaItems(agenda) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.meeting.scheduled",
      entityType: "GroupMeeting",
      entityId: meeting.id,
      details: { groupId, title, startsAt: startsAt.toISOString() },
    });
    return meeting;
  });

type Attendance = {
  actor: GroupActor;
  groupId: string;
  meetingId: string;
  membershipId: string;
  status: AttendanceStatus;
};

/** Records one member as present, sending apologies or absent; recording again replaces the answer. */
export const recordAttendance = async ({ actor, groupId, meetingId, membershipId, status }: Attendance) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, new Date(), tx);
    await meetingOfGroup(tx, groupId, meetingId);
    const member = await tx.groupMembership.count({
      where: { id: membershipId, groupId, ...currentMembershipWhere(new Date()) },
    });
    if (!member) throw new DomainError("Choose a current member of the group.", { membershipId: "Choose a member" });
    await tx.groupAttendance.upsert({
      where: { meetingId_membershipId: { meetingId, membershipId } },
      create: { meetingId, membershipId, status },
      update: { status },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.meeting.attendance",
      entityType: "GroupMeeting",
      entityId: meetingId,
      details: { membershipId, status },
    });
  });

type Decision = { actor: GroupActor; groupId: string; meetingId: string; text: string };

export const recordDecision = async ({ actor, groupId, meetingId, text }: Decision) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, new Date(), tx);
    await meetingOfGroup(tx, groupId, meetingId);
    const decision = await tx.groupDecision.create({ data: { meetingId, text }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.meeting.decision",
      entityType: "GroupMeeting",
      entityId: meetingId,
      details: { decisionId: decision.id },
    });
  });
