import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addOtherMember } from "@/lib/groups/add-other-member";
import { addMembership } from "@/lib/groups/add-membership";
import { createGroup } from "@/lib/groups/create-group";
import { addGroupAction, closeGroupAction } from "@/lib/groups/group-actions";
import { sendDueMeetingReminders } from "@/lib/groups/meeting-reminders";
import { scheduleMeeting } from "@/lib/groups/meetings";
import { approveMinutes, saveDraftMinutes } from "@/lib/groups/minutes";
import { openPaper, uploadPaper } from "@/lib/groups/papers";
import { findGroupAccess, listMyGroups } from "@/lib/groups/space-access";
import { getMeeting, listCurrentMembers, listGroupActions } from "@/lib/groups/space-queries";
import { replyToThread, startThread } from "@/lib/groups/threads";
import { createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";
import { ensureQueues } from "@/lib/jobs/queues";
import { sendQueuedNoticeEmails } from "./notice-emails";

const PDF = new TextEncoder().encode("%PDF-1.4\n% a test paper\n%%EOF\n");
const pdf = (name = "paper.pdf") => new File([PDF], name, { type: "application/pdf" });
const DAY = 86_400_000;

/** A group with a tenant member (who signs in) and an officer, and one meeting held last week. */
const groupWithTenant = async (officer: Awaited<ReturnType<typeof createUser>>, name: string) => {
  const group = await createGroup({ actor: officer, details: { name, type: "TENANT_PANEL" } });
  const customer = await createCustomer();
  await addMembership({
    actor: officer,
    groupId: group.id,
    customerReference: customer.reference,
    role: "MEMBER",
    startedOn: new Date(Date.now() - 30 * DAY),
  });
  const user = await db.user.update({ where: { id: (await createUser()).id }, data: { customerId: customer.id } });
  const meeting = await scheduleMeeting({
    actor: officer,
    groupId: group.id,
    title: "Last week",
    startsAt: new Date(Date.now() - 7 * DAY),
    minutes: 60,
    place: "Hall",
  });
  return { group, tenant: { id: user.id, role: user.role, customerId: customer.id }, meeting };
};

// Each test sets up two groups with accounts (bcrypt) and files: slow on a loaded machine.
describe("group spaces", { timeout: 120_000 }, () => {
  it("keeps a member of one group out of another group's papers, minutes, members, actions and discussions", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithTenant(officer, "Group A");
    const b = await groupWithTenant(officer, "Group B");
    const paperB = await uploadPaper({
      actor: officer,
      groupId: b.group.id,
      meetingId: b.meeting.id,
      title: "B's paper",
      file: pdf(),
    });
    await saveDraftMinutes({ actor: officer, groupId: b.group.id, meetingId: b.meeting.id, text: "B's minutes" });
    const actionB = await addGroupAction({
      actor: officer,
      groupId: b.group.id,
      meetingId: b.meeting.id,
      title: "B's action",
      dueOn: new Date(),
    });
    const threadB = await startThread({ actor: b.tenant, groupId: b.group.id, title: "B talks", body: "Hello B" });

    expect(await findGroupAccess(a.tenant, a.group.id)).toMatchObject({ standing: "member", canModerate: false });
    expect(await findGroupAccess(a.tenant, b.group.id)).toBeNull();
    expect((await listMyGroups(a.tenant)).map((g) => g.id)).toEqual([a.group.id]);
    // The file route's check: B's unpublished paper is nothing to A's member, and everything to B's.
    expect(await openPaper(a.tenant, b.group.id, paperB.id)).toBeNull();
    expect(await openPaper(null, b.group.id, paperB.id)).toBeNull();
    expect(await openPaper(b.tenant, b.group.id, paperB.id)).not.toBeNull();
    // Reaching B's records through A's space finds nothing either.
    expect(await openPaper(a.tenant, a.group.id, paperB.id)).toBeNull();
    expect(await getMeeting(a.group.id, b.meeting.id)).toBeNull();
    expect(await listGroupActions(a.group.id)).toEqual([]);
    expect((await listCurrentMembers(a.group.id)).length).toBe(1);
    // Every action on B by A's member answers "not found", as for a group that does not exist.
    const notFound = { code: "not-found" };
    await expect(
      saveDraftMinutes({ actor: a.tenant, groupId: b.group.id, meetingId: b.meeting.id, text: "x" }),
    ).rejects.toMatchObject(notFound);
    await expect(
      closeGroupAction({ actor: a.tenant, groupId: b.group.id, actionId: actionB.id, status: "DONE" }),
    ).rejects.toMatchObject(notFound);
    await expect(
      replyToThread({ actor: a.tenant, groupId: b.group.id, threadId: threadB.id, body: "x" }),
    ).rejects.toMatchObject(notFound);
    await expect(
      replyToThread({ actor: a.tenant, groupId: a.group.id, threadId: threadB.id, body: "x" }),
    ).rejects.toMatchObject(notFound);
    await expect(startThread({ actor: a.tenant, groupId: b.group.id, title: "x", body: "x" })).rejects.toMatchObject(
      notFound,
    );
    expect(await db.groupPost.count({ where: { threadId: threadB.id } })).toBe(1);
    expect((await db.groupMinutes.findUniqueOrThrow({ where: { meetingId: b.meeting.id } })).text).toBe("B's minutes");
  });

  it("refuses ordinary members the chair's work, and lets them post", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithTenant(officer, "Group C");
    await expect(
      scheduleMeeting({
        actor: a.tenant,
        groupId: a.group.id,
        title: "Mine",
        startsAt: new Date(),
        minutes: 60,
        place: "Hall",
      }),
    ).rejects.toThrow("chair or secretary");
    await expect(uploadPaper({ actor: a.tenant, groupId: a.group.id, title: "Mine", file: pdf() })).rejects.toThrow(
      "chair or secretary",
    );
    const thread = await startThread({ actor: a.tenant, groupId: a.group.id, title: "Ideas", body: "First" });
    await replyToThread({ actor: officer, groupId: a.group.id, threadId: thread.id, body: "Thanks" });
    expect(await db.groupPost.count({ where: { threadId: thread.id } })).toBe(2);
  });

  it("approves minutes at a later meeting, after which neither the code nor the database lets them change", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithTenant(officer, "Group D");
    const later = await scheduleMeeting({
      actor: officer,
      groupId: a.group.id,
      title: "Yesterday",
      startsAt: new Date(Date.now() - DAY),
      minutes: 60,
      place: "Hall",
    });
    await saveDraftMinutes({ actor: officer, groupId: a.group.id, meetingId: a.meeting.id, text: "Draft one" });
    await saveDraftMinutes({ actor: officer, groupId: a.group.id, meetingId: a.meeting.id, text: "Draft two" });
    await expect(
      approveMinutes({
        actor: officer,
        groupId: a.group.id,
        meetingId: a.meeting.id,
        approvedAtMeetingId: a.meeting.id,
      }),
    ).rejects.toThrow("later meeting");
    await approveMinutes({
      actor: officer,
      groupId: a.group.id,
      meetingId: a.meeting.id,
      approvedAtMeetingId: later.id,
    });
    await expect(
      saveDraftMinutes({ actor: officer, groupId: a.group.id, meetingId: a.meeting.id, text: "Rewritten" }),
    ).rejects.toThrow("cannot be changed");
    // Straight at the database, past the code: the trigger refuses.
    await expect(
      db.groupMinutes.update({ where: { meetingId: a.meeting.id }, data: { text: "Rewritten" } }),
    ).rejects.toThrow("were approved and cannot be edited");
    await expect(
      db.groupMinutes.update({ where: { meetingId: a.meeting.id }, data: { state: "DRAFT", approvedAt: null } }),
    ).rejects.toThrow("were approved and cannot be edited");
    await expect(db.groupMinutes.delete({ where: { meetingId: a.meeting.id } })).rejects.toThrow(
      "were approved and cannot be deleted",
    );
    const minutes = await db.groupMinutes.findUniqueOrThrow({ where: { meetingId: a.meeting.id } });
    expect(minutes).toMatchObject({ text: "Draft two", state: "APPROVED", approvedAtMeetingId: later.id });
    expect(await db.auditEvent.count({ where: { action: "group.minutes.approved", entityId: a.meeting.id } })).toBe(1);
  });

  it("adds a councillor who is not a customer: an account for their groups only, emailed a link, and no other group", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithTenant(officer, "Group E");
    const b = await groupWithTenant(officer, "Group F");
    const tenantAccount = await db.user.findUniqueOrThrow({ where: { id: a.tenant.id } });
    await expect(
      addOtherMember({
        actor: a.tenant,
        groupId: a.group.id,
        name: "X",
        email: "x@example.test",
        kind: "COUNCILLOR",
        role: "MEMBER",
        startedOn: new Date(),
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(
      addOtherMember({
        actor: officer,
        groupId: a.group.id,
        name: "T",
        email: tenantAccount.email,
        kind: "INDEPENDENT",
        role: "MEMBER",
        startedOn: new Date(),
      }),
    ).rejects.toThrow("tenant's account");
    const added = await addOtherMember({
      actor: officer,
      groupId: a.group.id,
      name: "Cllr Ann Lee",
      email: "Ann.Lee@Council.example",
      kind: "COUNCILLOR",
      role: "ADVISER",
      startedOn: new Date(Date.now() - DAY),
    });
    expect(added.accountCreated).toBe(true);
    const councillor = await db.user.findUniqueOrThrow({ where: { email: "ann.lee@council.example" } });
    expect(councillor).toMatchObject({ role: "MEMBER", customerId: null });
    expect(await db.emailMessage.count({ where: { to: "ann.lee@council.example" } })).toBe(1);
    expect(await db.passwordResetToken.count({ where: { userId: councillor.id } })).toBe(1);
    await expect(
      addOtherMember({
        actor: officer,
        groupId: a.group.id,
        name: "Cllr Ann Lee",
        email: "ann.lee@council.example",
        kind: "COUNCILLOR",
        role: "MEMBER",
        startedOn: new Date(),
      }),
    ).rejects.toThrow("already a member");
    const actor = { id: councillor.id, role: councillor.role, customerId: null };
    expect(await findGroupAccess(actor, a.group.id)).toMatchObject({
      standing: "member",
      membership: { role: "ADVISER" },
    });
    expect(await findGroupAccess(actor, b.group.id)).toBeNull();
    // A membership is a customer or an account, never both and never neither: the database says so too.
    await expect(
      db.groupMembership.create({
        data: { groupId: a.group.id, customerId: a.tenant.customerId, userId: councillor.id, startedOn: new Date() },
      }),
    ).rejects.toThrow("GroupMembership_member_check");
    await expect(db.groupMembership.create({ data: { groupId: a.group.id, startedOn: new Date() } })).rejects.toThrow(
      "GroupMembership_member_check",
    );
    // A staff member needs a staff account: an unknown address is refused, the officer's own is linked.
    await expect(
      addOtherMember({
        actor: officer,
        groupId: a.group.id,
        name: "S",
        email: "nobody@example.test",
        kind: "STAFF",
        role: "MEMBER",
        startedOn: new Date(),
      }),
    ).rejects.toThrow("staff account");
    expect(
      (
        await addOtherMember({
          actor: officer,
          groupId: a.group.id,
          name: officer.name,
          email: officer.email,
          kind: "STAFF",
          role: "ADVISER",
          startedOn: new Date(),
        })
      ).accountCreated,
    ).toBe(false);
  });

  it("reminds members of a meeting two days ahead, once", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithTenant(officer, "Group G");
    await addOtherMember({
      actor: officer,
      groupId: a.group.id,
      name: "Cllr Bo",
      email: "bo@council.example",
      kind: "COUNCILLOR",
      role: "MEMBER",
      startedOn: new Date(Date.now() - DAY),
    });
    await scheduleMeeting({
      actor: officer,
      groupId: a.group.id,
      title: "Soon",
      startsAt: new Date(Date.now() + DAY),
      minutes: 60,
      onlineLink: "https://meet.example.org/x",
    });
    await ensureQueues(); // as the worker does before it runs a recurring job
    const first = await sendDueMeetingReminders();
    expect(first.meetings).toBe(1);
    await sendQueuedNoticeEmails();
    // The councillor by their account; the tenant gave no email consent, so is not emailed.
    expect(await db.emailMessage.count({ where: { to: "bo@council.example", subject: "Reminder: Soon" } })).toBe(1);
    expect(await sendDueMeetingReminders()).toEqual({ meetings: 0, sent: 0 });
  });
});
