import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { meetingOfGroup, moderatorAccessOrNotFound, runnerAccessOrNotFound, type GroupActor } from "./space-access";
import { approvalProblem, minutesEditProblem, publishProblem } from "./space-rules";

type Ref = { actor: GroupActor; groupId: string; meetingId: string; now?: Date };

/** Writes or rewrites a meeting's draft minutes; approved minutes are refused here and by the database. */
export const saveDraftMinutes = async ({ actor, groupId, meetingId, text, now = new Date() }: Ref & { text: string }) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, now, tx);
    await meetingOfGroup(tx, groupId, meetingId);
    const existing = await tx.groupMinutes.findUnique({ where: { meetingId }, select: { state: true } });
    const problem = minutesEditProblem(existing?.state ?? null);
    if (problem) throw new DomainError(problem, { text: problem });
    await tx.groupMinutes.upsert({ where: { meetingId }, create: { meetingId, text }, update: { text } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.minutes.drafted",
      entityType: "GroupMeeting",
      entityId: meetingId,
      details: { groupId, characters: text.length },
    });
  });

/** Records that a later meeting of the group approved these minutes: from then on they never change. */
export const approveMinutes = async ({
  actor,
  groupId,
  meetingId,
  approvedAtMeetingId,
  now = new Date(),
}: Ref & { approvedAtMeetingId: string }) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, now, tx);
    const meeting = await meetingOfGroup(tx, groupId, meetingId);
    const minutes = await tx.groupMinutes.findUnique({ where: { meetingId }, select: { state: true } });
    if (!minutes) throw new DomainError("There are no minutes of this meeting to approve yet.");
    const approving = await meetingOfGroup(tx, groupId, approvedAtMeetingId);
    const problem = approvalProblem({ state: minutes.state, meetingStartsAt: meeting.startsAt }, approving, now);
    if (problem) throw new DomainError(problem, { approvedAtMeetingId: problem });
    await tx.groupMinutes.update({
      where: { meetingId },
      data: { state: "APPROVED", approvedAt: now, approvedAtMeetingId },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.minutes.approved",
      entityType: "GroupMeeting",
      entityId: meetingId,
      details: { groupId, approvedAtMeetingId },
    });
  });

/** Publishes approved minutes of a group that makes its minutes public (officers, who moderate what is public). */
export const publishMinutes = async ({ actor, groupId, meetingId, now = new Date() }: Ref) =>
  db.$transaction(async (tx) => {
    await moderatorAccessOrNotFound(actor, groupId, now, tx);
    await meetingOfGroup(tx, groupId, meetingId);
    const minutes = await tx.groupMinutes.findUnique({ where: { meetingId }, select: { state: true } });
    if (!minutes) throw new DomainError("There are no minutes of this meeting yet.");
    const space = await tx.groupSpace.findUnique({ where: { groupId }, select: { minutesPublic: true } });
    const problem = publishProblem(minutes.state, space?.minutesPublic ?? false);
    if (problem) throw new DomainError(problem);
    await tx.groupMinutes.update({ where: { meetingId }, data: { state: "PUBLISHED", publishedAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.minutes.published",
      entityType: "GroupMeeting",
      entityId: meetingId,
      details: { groupId },
    });
  });
