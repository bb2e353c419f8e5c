import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { decideMonitoringReview } from "@/lib/monitoring/decide-review";
import { saveActionNote } from "@/lib/monitoring/save-action-note";
import { setMonitoringGroup } from "@/lib/monitoring/set-monitoring-group";
import { getQuarterReport } from "@/lib/strategy/queries";
import { createUser } from "@/tests/factories";
import { createGroupMember } from "@/tests/factories/groups";
import { createActionPlan, createStrategy } from "@/tests/factories/strategy";

const NOW = new Date("2026-08-10T10:00:00Z");

const setUp = async () => {
  const officer = await createUser({ role: "OFFICER" });
  const { strategy, priority } = await createStrategy({ status: "APPROVED" });
  const plan = await createActionPlan(strategy.id, 2026);
  const make = (title: string) =>
    db.strategyAction.create({
      data: {
        planId: plan.id,
        priorityId: priority.id,
        title,
        owner: "Involvement team",
        targetOn: new Date("2027-03-31"),
        measureOfSuccess: "Done",
        status: "ON_TRACK",
      },
    });
  const [festival, training] = [await make("Tenant festival"), await make("Training for members")];
  const group = await createGroup({
    actor: officer,
    details: { name: "Tenant Participation Group", type: "TENANT_PANEL" },
  });
  const other = await createGroup({ actor: officer, details: { name: "Residents", type: "RESIDENTS_GROUP" } });
  await setMonitoringGroup({ actor: officer, strategyId: strategy.id, groupId: group.id });
  const member = await createGroupMember(group.id);
  const outsider = await createGroupMember(other.id);
  return { officer, strategy, festival, training, member, outsider };
};

describe("monitoring the strategy", () => {
  it("lets the monitoring group rate each action and sign off the quarter, shown in the board's report", async () => {
    const { strategy, festival, training, member } = await setUp();
    const note = (actionId: string, rating: "ON_TRACK" | "SOME_CONCERNS", comment: string) =>
      saveActionNote({ actor: member, actionId, quarter: 2, rating, comment, now: NOW });
    await note(festival.id, "ON_TRACK", "Good turnout planned");
    const decide = () =>
      decideMonitoringReview({
        actor: member,
        strategyId: strategy.id,
        year: 2026,
        quarter: 2,
        outcome: "SIGNED_OFF",
        now: NOW,
      });
    await expect(decide()).rejects.toMatchObject({
      fieldErrors: { outcome: expect.stringMatching(/1 still to rate/) },
    });
    await note(training.id, "SOME_CONCERNS", "Dates not set");
    expect(await decide()).toEqual({ rating: "SOME_CONCERNS" });

    const report = await getQuarterReport(2026, 2, NOW);
    expect(report?.monitoring).toMatchObject({
      outcome: "SIGNED_OFF",
      rating: "SOME_CONCERNS",
      group: { name: "Tenant Participation Group" },
    });
    expect(report?.monitoring?.notes.map((n) => [n.action.title, n.action.status, n.rating])).toEqual([
      ["Tenant festival", "ON_TRACK", "ON_TRACK"],
      ["Training for members", "ON_TRACK", "SOME_CONCERNS"],
    ]);
    expect(await db.auditEvent.count({ where: { action: { startsWith: "monitoring." } } })).toBe(3);
  });

  it("freezes a decided period, in the code and in the database", async () => {
    const { strategy, festival, training, member } = await setUp();
    for (const action of [festival, training])
      await saveActionNote({
        actor: member,
        actionId: action.id,
        quarter: 1,
        rating: "OFF_TRACK",
        comment: "Late",
        now: NOW,
      });
    await expect(
      decideMonitoringReview({
        actor: member,
        strategyId: strategy.id,
        year: 2026,
        quarter: 1,
        outcome: "REFERRED",
        now: NOW,
      }),
    ).rejects.toMatchObject({ fieldErrors: { note: "Say what the board is asked to look at" } });
    await decideMonitoringReview({
      actor: member,
      strategyId: strategy.id,
      year: 2026,
      quarter: 1,
      outcome: "REFERRED",
      note: "Both actions are late",
      now: NOW,
    });
    await expect(
      saveActionNote({
        actor: member,
        actionId: festival.id,
        quarter: 1,
        rating: "ON_TRACK",
        comment: "Fine",
        now: NOW,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/already decided/) });
    await expect(db.monitoringReview.updateMany({ data: { outcomeNote: "Changed" } })).rejects.toThrow(/was decided/);
    expect(await db.monitoringReview.findFirstOrThrow()).toMatchObject({ outcomeNote: "Both actions are late" });
  });

  it("refuses a member of another group, and a quarter that has not started", async () => {
    const { strategy, festival, outsider, member } = await setUp();
    await expect(
      saveActionNote({
        actor: outsider,
        actionId: festival.id,
        quarter: 2,
        rating: "ON_TRACK",
        comment: "x",
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(
      decideMonitoringReview({
        actor: outsider,
        strategyId: strategy.id,
        year: 2026,
        quarter: 2,
        outcome: "SIGNED_OFF",
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(
      saveActionNote({ actor: member, actionId: festival.id, quarter: 4, rating: "ON_TRACK", comment: "x", now: NOW }),
    ).rejects.toMatchObject({ fieldErrors: { quarter: "That period has not started yet" } });
    expect(await db.monitoringActionNote.count()).toBe(0);
  });
});
