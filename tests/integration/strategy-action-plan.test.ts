import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addStrategyAction } from "@/lib/strategy/add-strategy-action";
import { createActionPlan } from "@/lib/strategy/create-action-plan";
import { postActionUpdate } from "@/lib/strategy/post-action-update";
import { getProgressByPriority, getQuarterReport, getReviewAlerts, listJargonTerms } from "@/lib/strategy/queries";
import { recordReportPresentation } from "@/lib/strategy/record-report-presentation";
import { saveJargonTerm } from "@/lib/strategy/save-jargon-term";
import { updateReviewSettings } from "@/lib/strategy/update-review-settings";
import { createUser } from "@/tests/factories";
import { createActionPlan as createPlan, createStrategy } from "@/tests/factories/strategy";

const action = (priorityId: string, overrides: Partial<{ title: string; targetOn: Date }> = {}) => ({
  priorityId,
  title: overrides.title ?? "Run a tenant festival",
  owner: "Involvement team",
  targetOn: overrides.targetOn ?? new Date("2027-03-31"),
  measureOfSuccess: "200 tenants attend",
});

describe("action plans", () => {
  it("makes one plan a year for the approved strategy only", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy({ status: "APPROVED" });
    await createActionPlan({ actor, strategyId: strategy.id, year: 2026 });
    await expect(createActionPlan({ actor, strategyId: strategy.id, year: 2026 })).rejects.toMatchObject({
      message: "There is already an action plan for 2026/27.",
      fieldErrors: { year: "There is already a plan for this year" },
    });
    const draft = await createStrategy();
    await expect(createActionPlan({ actor, strategyId: draft.strategy.id, year: 2026 })).rejects.toThrow(
      /only be made for the approved strategy/,
    );
  });

  it("adds actions under the strategy's own priorities only", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy, priority } = await createStrategy({ status: "APPROVED" });
    const other = await createStrategy();
    const plan = await createPlan(strategy.id);
    await addStrategyAction({ actor, planId: plan.id, action: action(priority.id) });
    await expect(
      addStrategyAction({ actor, planId: plan.id, action: action(other.priority.id) }),
    ).rejects.toMatchObject({
      fieldErrors: { priorityId: "Choose a priority from the list" },
    });
    expect(await db.strategyAction.findFirstOrThrow({ where: { planId: plan.id } })).toMatchObject({
      status: "NOT_STARTED",
      owner: "Involvement team",
    });
  });

  it("posts dated progress updates that move the action's status, and refuses them once superseded", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy, priority } = await createStrategy({ status: "APPROVED" });
    const plan = await createPlan(strategy.id);
    const { id: actionId } = await addStrategyAction({ actor, planId: plan.id, action: action(priority.id) });
    await postActionUpdate({
      actor,
      actionId,
      status: "AT_RISK",
      text: "Venue fell through",
      now: new Date("2026-11-23T15:00:00Z"),
    });
    expect(await db.strategyAction.findUniqueOrThrow({ where: { id: actionId } })).toMatchObject({ status: "AT_RISK" });
    expect(await db.actionUpdate.findFirstOrThrow({ where: { actionId } })).toMatchObject({
      postedOn: new Date("2026-11-23"),
      authorId: actor.id,
    });
    await db.strategy.update({ where: { id: strategy.id }, data: { status: "SUPERSEDED" } });
    await expect(postActionUpdate({ actor, actionId, status: "COMPLETE", text: "Done" })).rejects.toThrow(
      /has been replaced/,
    );
    await expect(postActionUpdate({ actor, actionId: "nope", status: "COMPLETE", text: "Done" })).rejects.toThrow(
      "We could not find that action.",
    );
  });

  it("counts actions by priority and status", async () => {
    const { strategy, priority } = await createStrategy({ status: "APPROVED" });
    const plan = await createPlan(strategy.id);
    await db.strategyAction.createMany({
      data: (["ON_TRACK", "ON_TRACK", "OFF_TRACK"] as const).map((status) => ({
        ...action(priority.id),
        planId: plan.id,
        status,
      })),
    });
    expect(await getProgressByPriority(plan.id, [{ id: priority.id, number: 1, title: "Widen involvement" }])).toEqual([
      { id: priority.id, number: 1, title: "Widen involvement", counts: { ON_TRACK: 2, OFF_TRACK: 1 }, total: 3 },
    ]);
  });
});

describe("the quarterly board report", () => {
  it("shows the quarter's updates and the exceptions, and records when it was presented", async () => {
    const actor = await createUser({ role: "ADMIN" });
    const { strategy, priority } = await createStrategy({ status: "APPROVED" });
    const plan = await createPlan(strategy.id);
    const make = (title: string, status: "ON_TRACK" | "AT_RISK" | "COMPLETE", targetOn: string) =>
      db.strategyAction.create({
        data: { ...action(priority.id, { title, targetOn: new Date(targetOn) }), planId: plan.id, status },
      });
    const fine = await make("Fine", "ON_TRACK", "2027-03-31");
    await make("Risky", "AT_RISK", "2027-03-31");
    await make("Late", "ON_TRACK", "2026-10-15");
    await make("Done late", "COMPLETE", "2026-10-15");
    await db.actionUpdate.createMany({
      data: [
        { actionId: fine.id, postedOn: new Date("2026-10-02"), status: "ON_TRACK", text: "In this quarter" },
        { actionId: fine.id, postedOn: new Date("2026-09-30"), status: "ON_TRACK", text: "Last quarter" },
      ],
    });
    const report = await getQuarterReport(2026, 3, new Date("2026-11-23T12:00:00Z"));
    expect(report?.updates.map((update) => update.text)).toEqual(["In this quarter"]);
    expect(report?.exceptions.map((exception) => exception.title)).toEqual(["Late", "Risky"]);
    expect(report?.progress[0]?.total).toBe(4);
    await recordReportPresentation({
      actor,
      strategyId: strategy.id,
      year: 2026,
      quarter: 3,
      body: "BOARD",
      presentedOn: new Date("2026-12-10"),
      meeting: "Board, December",
    });
    await recordReportPresentation({
      actor,
      strategyId: strategy.id,
      year: 2026,
      quarter: 3,
      body: "TENANTS_BOARD",
      presentedOn: new Date("2026-12-14"),
      meeting: "Tenants' board",
      minuteRef: "TB/26/41",
    });
    expect((await getQuarterReport(2026, 3, new Date("2026-12-15")))?.presentations).toEqual([
      expect.objectContaining({ body: "BOARD", presentedOn: new Date("2026-12-10"), minuteRef: null }),
      expect.objectContaining({ body: "TENANTS_BOARD", meeting: "Tenants' board", minuteRef: "TB/26/41" }),
    ]);
  });

  it("has nothing to report without an approved strategy", async () => {
    expect(await getQuarterReport(2026, 3, new Date())).toBeNull();
  });
});

describe("review settings", () => {
  it("are set on the approved strategy only, and due reviews are flagged", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy({ status: "APPROVED" });
    await updateReviewSettings({
      actor,
      settings: {
        strategyId: strategy.id,
        fullReviewDueOn: new Date("2028-04-01"),
        kpiReviewDueOn: new Date("2026-12-01"),
        tenantConsultationOn: undefined,
      },
    });
    expect(await getReviewAlerts(new Date("2026-11-23"))).toEqual([
      {
        label: "Yearly review of the strategy's performance indicators",
        dueOn: new Date("2026-12-01"),
        overdue: false,
      },
    ]);
    const draft = await createStrategy();
    await expect(
      updateReviewSettings({
        actor,
        settings: { strategyId: draft.strategy.id, fullReviewDueOn: new Date("2028-04-01") },
      }),
    ).rejects.toThrow(/only be set for the approved strategy/);
  });
});

describe("the jargon buster", () => {
  it("adds and changes terms, refusing a duplicate beside the field", async () => {
    const actor = await createUser({ role: "OFFICER" });
    await saveJargonTerm({ actor, term: "Scrutiny", definition: "Tenants checking a service." });
    const [saved] = await listJargonTerms();
    await saveJargonTerm({
      actor,
      termId: saved?.id,
      term: "Scrutiny",
      definition: "Tenants looking closely at a service.",
    });
    expect(await listJargonTerms()).toEqual([
      { id: saved?.id, term: "Scrutiny", definition: "Tenants looking closely at a service." },
    ]);
    await expect(saveJargonTerm({ actor, term: "Scrutiny", definition: "Again" })).rejects.toMatchObject({
      fieldErrors: { term: "This term is already in the jargon buster" },
    });
    expect(await db.auditEvent.count({ where: { entityType: "JargonTerm" } })).toBe(2);
  });
});
