import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarForToken, findCalendarToken, renewCalendarFeed } from "@/lib/groups/calendar-feed";
import { createGroup } from "@/lib/groups/create-group";
import { scheduleMeeting } from "@/lib/groups/meetings";
import type { GroupActor } from "@/lib/groups/space-access";
import { createUser } from "@/tests/factories";

const DAY = 86_400_000;

/** A group with one meeting next week, and a councillor (no customer record) who is a member of it. */
const groupWithCouncillor = async (officer: GroupActor, name: string) => {
  const group = await createGroup({ actor: officer, details: { name, type: "OTHER" } });
  await scheduleMeeting({
    actor: officer,
    groupId: group.id,
    title: `${name} meeting`,
    startsAt: new Date(Date.now() + 7 * DAY),
    minutes: 60,
    place: "Hall",
  });
  const user = await createUser({ role: "MEMBER" });
  const membership = await db.groupMembership.create({
    data: { groupId: group.id, userId: user.id, kind: "COUNCILLOR", startedOn: new Date(Date.now() - 30 * DAY) },
  });
  return { group, councillor: { id: user.id, role: user.role, customerId: null }, membership };
};

describe("a member's calendar address", { timeout: 120_000 }, () => {
  it("carries their own groups' meetings only, and a new address stops the old", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithCouncillor(officer, "Ward group");
    await groupWithCouncillor(officer, "Other group");

    const { token } = await renewCalendarFeed({ actor: a.councillor });
    expect(await findCalendarToken(a.councillor.id)).toBe(token);
    expect(await db.auditEvent.count({ where: { action: "group.calendar-feed.renewed" } })).toBe(1);
    const calendar = await calendarForToken(token);
    expect(calendar).toContain("BEGIN:VCALENDAR");
    expect(calendar).toContain("SUMMARY:Ward group: Ward group meeting");
    expect(calendar).not.toContain("Other group");

    const renewed = await renewCalendarFeed({ actor: a.councillor });
    expect(renewed.token).not.toBe(token);
    expect(await calendarForToken(token)).toBeNull();
    expect(await calendarForToken(renewed.token)).toContain("Ward group meeting");
    expect(await calendarForToken("not-a-token")).toBeNull();
  });

  it("answers nothing once the membership has ended, and is refused to someone in no group", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const a = await groupWithCouncillor(officer, "Ward group");
    const { token } = await renewCalendarFeed({ actor: a.councillor });
    await db.groupMembership.update({ where: { id: a.membership.id }, data: { endedOn: new Date(Date.now() - DAY) } });
    expect(await calendarForToken(token)).toBeNull();
    await expect(renewCalendarFeed({ actor: a.councillor })).rejects.toThrow("not a member of any group");
    expect(await findCalendarToken(a.councillor.id)).toBe(token);
  });
});
