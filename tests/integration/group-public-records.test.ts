import { describe, expect, it } from "vitest";
import { createGroup } from "@/lib/groups/create-group";
import { scheduleMeeting } from "@/lib/groups/meetings";
import { approveMinutes, publishMinutes, saveDraftMinutes } from "@/lib/groups/minutes";
import { publishPaper, uploadPaper } from "@/lib/groups/papers";
import { getPublicGroupRecords, listPublicGroups } from "@/lib/groups/public-records";
import { updateSpaceSettings } from "@/lib/groups/space-settings";
import { createUser } from "@/tests/factories";

const PDF = new TextEncoder().encode("%PDF-1.4\n% a test paper\n%%EOF\n");
const pdf = () => new File([PDF], "paper.pdf", { type: "application/pdf" });
const DAY = 86_400_000;

/** A group with two past meetings: minutes of the first approved at the second, the second's still a draft. */
const groupWithRecords = async (name: string) => {
  const officer = await createUser({ role: "OFFICER" });
  const group = await createGroup({ actor: officer, details: { name, type: "TENANT_PANEL" } });
  const meeting = (title: string, daysAgo: number) =>
    scheduleMeeting({
      actor: officer,
      groupId: group.id,
      title,
      startsAt: new Date(Date.now() - daysAgo * DAY),
      minutes: 60,
      place: "Hall",
    });
  const first = await meeting("First meeting", 30);
  const second = await meeting("Second meeting", 2);
  const ref = { actor: officer, groupId: group.id };
  await saveDraftMinutes({ ...ref, meetingId: first.id, text: "Approved words" });
  await approveMinutes({ ...ref, meetingId: first.id, approvedAtMeetingId: second.id });
  await saveDraftMinutes({ ...ref, meetingId: second.id, text: "Draft words" });
  const published = await uploadPaper({ ...ref, meetingId: first.id, title: "Published paper", file: pdf() });
  await publishPaper({ ...ref, paperId: published.id });
  await uploadPaper({ ...ref, meetingId: second.id, title: "Members-only paper", file: pdf() });
  return { officer, group, first, second, ref };
};

describe("a group's public minutes and papers", { timeout: 120_000 }, () => {
  it("shows a public group's published minutes and papers, never its drafts or members-only papers", async () => {
    const { group, first, ref } = await groupWithRecords("Public panel");
    await updateSpaceSettings({ ...ref, membersList: "COUNT_ONLY", minutesPublic: true });
    // Approved but not yet published: not shown.
    expect((await getPublicGroupRecords(group.id))?.meetings).toEqual([]);
    await publishMinutes({ ...ref, meetingId: first.id });

    expect((await listPublicGroups()).map((g) => g.id)).toEqual([group.id]);
    const records = await getPublicGroupRecords(group.id);
    expect(records?.meetings.map((m) => [m.title, m.minutes.text])).toEqual([["First meeting", "Approved words"]]);
    expect(records?.papers.map((p) => p.title)).toEqual(["Published paper"]);
    expect(JSON.stringify(records)).not.toMatch(/Draft words|Members-only paper/);
  });

  it("shows nothing of a group that is not public, even what it published", async () => {
    const { group, ref } = await groupWithRecords("Private panel");
    expect(await getPublicGroupRecords(group.id)).toBeNull();
    await updateSpaceSettings({ ...ref, membersList: "COUNT_ONLY", minutesPublic: false });
    expect(await getPublicGroupRecords(group.id)).toBeNull();
    expect(await listPublicGroups()).toEqual([]);
  });
});
