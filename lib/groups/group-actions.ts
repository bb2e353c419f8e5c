import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { GroupActionStatus } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/uk-time";
import {
  currentMembershipWhere,
  groupAccessOrNotFound,
  meetingOfGroup,
  runnerAccessOrNotFound,
  type GroupActor,
} from "./space-access";
import { canRunMeetings } from "./space-rules";

type AddAction = {
  actor: GroupActor;
  groupId: string;
  meetingId: string;
  title: string;
  ownerMembershipId?: string;
  dueOn: Date;
  now?: Date;
};

/** Adds an action agreed at a meeting to the group's action log, owned by a current member (or the group). */
export const addGroupAction = async ({
  actor,
  groupId,
  meetingId,
  title,
  ownerMembershipId,
  dueOn,
  now = new Date(),
}: AddAction) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, now, tx);
    await meetingOfGroup(tx, groupId, meetingId);
    if (
      ownerMembershipId &&
      !(await tx.groupMembership.count({ where: { id: ownerMembershipId, groupId, ...currentMembershipWhere(now) } }))
    ) {
      throw new DomainError("Choose a current member of the group.", { ownerMembershipId: "Choose a member" });
    }
    const action = await tx.groupAction.create({
      data: { groupId, meetingId, title, ownerMembershipId: ownerMembershipId ?? null, dueOn },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.action.added",
      entityType: "GroupAction",
      entityId: action.id,
      details: { groupId, meetingId, dueOn: dueOn.toISOString().slice(0, 10) },
    });
    return action;
  });

type Close = {
  actor: GroupActor;
  groupId: string;
  actionId: string;
  status: Exclude<GroupActionStatus, "OPEN">;
  now?: Date;
};

/** Marks an action done or dropped: by its owner, the chair or secretary, or an officer. */
export const closeGroupAction = async ({ actor, groupId, actionId, status, now = new Date() }: Close) =>
  db.$transaction(async (tx) => {
    const access = await groupAccessOrNotFound(actor, groupId, now, tx);
    const action = await tx.groupAction.findFirst({
      where: { id: actionId, groupId },
      select: { status: true, ownerMembershipId: true },
    });
    if (!action) throw notFoundError("action");
    const owns = access.membership !== null && action.ownerMembershipId === access.membership.id;
    if (!owns && !canRunMeetings(access))
      throw new DomainError("Only the action's owner, the chair or secretary, or an officer can close it.");
    if (action.status !== "OPEN") throw new DomainError("That action is already closed.");
    await tx.groupAction.update({ where: { id: actionId }, data: { status, closedOn: ukToday(now) } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.action.closed",
      entityType: "GroupAction",
      entityId: actionId,
      details: { groupId, status },
    });
  });
