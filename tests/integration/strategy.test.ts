import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCommitment } from "@/lib/strategy/add-commitment";
import { addObjective } from "@/lib/strategy/add-objective";
import { addPriority } from "@/lib/strategy/add-priority";
import { approveStrategy } from "@/lib/strategy/approve-strategy";
import { linkConsultation } from "@/lib/strategy/link-consultation";
import { removeStrategyPart } from "@/lib/strategy/remove-strategy-part";
import { createStrategy as createStrategyUseCase } from "@/lib/strategy/create-strategy";
import { saveEqualityAssessment } from "@/lib/strategy/save-equality-assessment";
import { ZStrategyDetails } from "@/lib/strategy/schemas";
import { sendToConsultation } from "@/lib/strategy/send-to-consultation";
import { startNewDraft } from "@/lib/strategy/start-new-draft";
import { updateStrategy } from "@/lib/strategy/update-strategy";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { completeEqualityAssessment, createEqualityQuestions, createStrategy } from "@/tests/factories/strategy";

const details = ZStrategyDetails.parse({
  title: "Involvement strategy 2025 to 2028",
  startsOn: "2025-04-01",
  endsOn: "2028-03-31",
  vision: "Tenants shape services.",
  values: "Respect.",
});

const approval = { approvedBy: "Board of Management", approvedOn: new Date("2025-03-20"), minuteRef: "BM 25/14" };

describe("drafting a strategy", () => {
  it("creates a draft and numbers priorities through the whole strategy, with an audit event each time", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { id: strategyId } = await createStrategyUseCase({ actor, details });
    const first = await addObjective({ actor, strategyId, title: "Listen" });
    const second = await addObjective({ actor, strategyId, title: "Act" });
    await addPriority({ actor, strategyId, objectiveId: first.id, title: "One" });
    const priority = await addPriority({ actor, strategyId, objectiveId: second.id, title: "Two" });
    await addCommitment({ actor, strategyId, priorityId: priority.id, text: "We will report back." });
    expect(priority.number).toBe(2);
    expect(await db.strategy.findUniqueOrThrow({ where: { id: strategyId } })).toMatchObject({
      status: "DRAFT",
      title: details.title,
    });
    expect(await db.strategyCommitment.count({ where: { priorityId: priority.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(6);
  });

  it("removes parts of a draft, renumbering later priorities, and explains what it will not remove", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy, objective, priority } = await createStrategy();
    const strategyId = strategy.id;
    const second = await addPriority({ actor, strategyId, objectiveId: objective.id, title: "Two" });
    const third = await addPriority({ actor, strategyId, objectiveId: objective.id, title: "Three" });
    await expect(
      removeStrategyPart({ actor, strategyId, part: { kind: "objective", id: objective.id } }),
    ).rejects.toMatchObject({
      fieldErrors: { part: expect.stringContaining("Remove the priorities under this objective first") },
    });
    await removeStrategyPart({ actor, strategyId, part: { kind: "priority", id: second.id } });
    const numbers = await db.strategyPriority.findMany({
      where: { strategyId },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    });
    expect(numbers).toEqual([
      { id: priority.id, number: 1 },
      { id: third.id, number: 2 },
    ]);
    const commitment = await db.strategyCommitment.findFirstOrThrow({ where: { priorityId: priority.id } });
    await removeStrategyPart({ actor, strategyId, part: { kind: "commitment", id: commitment.id } });
    await expect(
      removeStrategyPart({ actor, strategyId, part: { kind: "commitment", id: commitment.id } }),
    ).rejects.toThrow("already been removed");
    const other = await createStrategy();
    await expect(
      removeStrategyPart({ actor, strategyId, part: { kind: "priority", id: other.priority.id } }),
    ).rejects.toThrow("already been removed");
    expect(await db.strategyPriority.count({ where: { id: other.priority.id } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["strategy.priority_removed", "strategy.commitment_removed"] } },
      }),
    ).toBe(2);
  });

  it("links the consultation on a draft, refusing one that does not exist and any change once approved", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy();
    const { consultation } = await createConsultation();
    await expect(linkConsultation({ actor, strategyId: strategy.id, consultationId: "missing" })).rejects.toMatchObject(
      {
        fieldErrors: { consultationId: "Choose a consultation from the list" },
      },
    );
    await linkConsultation({ actor, strategyId: strategy.id, consultationId: consultation.id });
    expect((await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).consultationId).toBe(consultation.id);
    const approved = await createStrategy({ status: "APPROVED" });
    await expect(linkConsultation({ actor, strategyId: approved.strategy.id, consultationId: null })).rejects.toThrow(
      /can no longer be changed/,
    );
    expect(await db.auditEvent.count({ where: { action: "strategy.consultation_linked" } })).toBe(1);
  });

  it("refuses a priority under another strategy's objective", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const mine = await createStrategy();
    const other = await createStrategy();
    await expect(
      addPriority({ actor, strategyId: mine.strategy.id, objectiveId: other.objective.id, title: "X" }),
    ).rejects.toMatchObject({
      fieldErrors: { objectiveId: "Choose an objective from the list" },
    });
  });

  it("refuses every edit to an approved or superseded strategy", async () => {
    const actor = await createUser({ role: "OFFICER" });
    for (const status of ["APPROVED", "SUPERSEDED"] as const) {
      const { strategy, objective, priority } = await createStrategy({ status });
      const refused = /approved, so it can no longer be changed/;
      await expect(updateStrategy({ actor, strategyId: strategy.id, details })).rejects.toThrow(refused);
      await expect(addObjective({ actor, strategyId: strategy.id, title: "New" })).rejects.toThrow(refused);
      await expect(
        addPriority({ actor, strategyId: strategy.id, objectiveId: objective.id, title: "New" }),
      ).rejects.toThrow(refused);
      await expect(
        addCommitment({ actor, strategyId: strategy.id, priorityId: priority.id, text: "We will" }),
      ).rejects.toThrow(refused);
      await expect(saveEqualityAssessment({ actor, strategyId: strategy.id, fields: {} })).rejects.toThrow(refused);
      await expect(
        removeStrategyPart({ actor, strategyId: strategy.id, part: { kind: "commitment", id: priority.id } }),
      ).rejects.toThrow(refused);
      expect((await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).title).toBe(strategy.title);
    }
  });

  it("refuses an end date before the start date", () => {
    const result = ZStrategyDetails.safeParse({ ...details, startsOn: "2025-04-01", endsOn: "2024-01-01" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["endsOn"]);
  });
});

describe("the equality impact assessment", () => {
  it("saves complete characteristics, leaves blank ones unassessed and refuses half-done ones beside the field", async () => {
    await createEqualityQuestions();
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy();
    await saveEqualityAssessment({
      actor,
      strategyId: strategy.id,
      fields: { impact_age: "POSITIVE", evidence_age: "Older tenants asked for phone options" },
    });
    expect(
      await db.equalityAssessment.findMany({ where: { strategyId: strategy.id }, select: { characteristicKey: true } }),
    ).toEqual([{ characteristicKey: "age" }]);
    await expect(
      saveEqualityAssessment({
        actor,
        strategyId: strategy.id,
        fields: { impact_disability: "NEGATIVE", evidence_disability: "Venues" },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { mitigation_disability: "Disability: Say what you will do to reduce a negative impact" },
    });
    await expect(
      saveEqualityAssessment({ actor, strategyId: strategy.id, fields: { impact_sex: "BAD", evidence_sex: "x" } }),
    ).rejects.toMatchObject({
      fieldErrors: { impact_sex: "Sex: Choose the likely impact from the list" },
    });
  });
});

describe("consultation and approval", () => {
  it("sends only a draft for consultation, recording the date and reference", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy();
    await sendToConsultation({
      actor,
      strategyId: strategy.id,
      startedOn: new Date("2025-01-06"),
      reference: "Survey 12",
    });
    expect(await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).toMatchObject({
      status: "CONSULTATION",
      consultationStartedOn: new Date("2025-01-06"),
      consultationReference: "Survey 12",
    });
    await expect(sendToConsultation({ actor, strategyId: strategy.id, startedOn: new Date() })).rejects.toThrow(
      /Only a draft/,
    );
  });

  it("refuses approval before consultation and without a complete equality impact assessment", async () => {
    await createEqualityQuestions();
    const actor = await createUser({ role: "OFFICER" });
    const draft = await createStrategy();
    await expect(approveStrategy({ actor, strategyId: draft.strategy.id, ...approval })).rejects.toThrow(
      /consultation before it is approved/,
    );
    const { strategy } = await createStrategy({ status: "CONSULTATION" });
    await db.equalityAssessment.create({
      data: { strategyId: strategy.id, characteristicKey: "age", impact: "NEUTRAL", evidence: "Profile" },
    });
    await expect(approveStrategy({ actor, strategyId: strategy.id, ...approval })).rejects.toThrow(
      "The strategy cannot be approved until the equality impact assessment is complete. Still to assess: Disability, Gender reassignment, Marriage and civil partnership, Pregnancy and maternity, Race, Religion or belief, Sex, Sexual orientation.",
    );
    expect((await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).status).toBe("CONSULTATION");
  });

  it("approves, records who approved it, sets review dates and supersedes the previous version in one go", async () => {
    await createEqualityQuestions();
    const actor = await createUser({ role: "OFFICER" });
    const previous = await createStrategy({ status: "APPROVED" });
    const { strategy } = await createStrategy({ status: "CONSULTATION" });
    await completeEqualityAssessment(strategy.id);
    await approveStrategy({ actor, strategyId: strategy.id, ...approval });
    expect(await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).toMatchObject({
      status: "APPROVED",
      approvedBy: "Board of Management",
      approvalMinuteRef: "BM 25/14",
      fullReviewDueOn: new Date("2028-03-20"),
      kpiReviewDueOn: new Date("2026-03-20"),
      tenantConsultationOn: new Date("2025-01-10"),
    });
    expect((await db.strategy.findUniqueOrThrow({ where: { id: previous.strategy.id } })).status).toBe("SUPERSEDED");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "strategy.approved" } })).toMatchObject({
      entityId: strategy.id,
      details: { superseded: 1 },
    });
    await expect(approveStrategy({ actor, strategyId: strategy.id, ...approval })).rejects.toThrow(
      "This strategy has already been approved.",
    );
  });

  it("leaves exactly one approved strategy when two are approved at the same moment", async () => {
    await createEqualityQuestions();
    const actor = await createUser({ role: "OFFICER" });
    const drafts = [
      (await createStrategy({ status: "CONSULTATION" })).strategy,
      (await createStrategy({ status: "CONSULTATION" })).strategy,
    ];
    for (const draft of drafts) await completeEqualityAssessment(draft.id);
    await Promise.all(drafts.map((draft) => approveStrategy({ actor, strategyId: draft.id, ...approval })));
    expect(await db.strategy.count({ where: { status: "APPROVED" } })).toBe(1);
    expect(await db.strategy.count({ where: { status: "SUPERSEDED" } })).toBe(1);
  });

  it("starts a new draft copied from the approved strategy, leaving the approved one as it was", async () => {
    const actor = await createUser({ role: "OFFICER" });
    const { strategy } = await createStrategy({ status: "APPROVED" });
    const draft = await startNewDraft({ actor, strategyId: strategy.id });
    const copy = await db.strategy.findUniqueOrThrow({
      where: { id: draft.id },
      select: {
        status: true,
        copiedFromId: true,
        title: true,
        priorities: { select: { number: true, title: true, commitments: { select: { text: true } } } },
      },
    });
    expect(copy).toEqual({
      status: "DRAFT",
      copiedFromId: strategy.id,
      title: `${strategy.title} (new draft)`,
      priorities: [
        { number: 1, title: "Widen involvement", commitments: [{ text: "We will hold events in every area." }] },
      ],
    });
    expect((await db.strategy.findUniqueOrThrow({ where: { id: strategy.id } })).status).toBe("APPROVED");
    const { strategy: draftOnly } = await createStrategy();
    await expect(startNewDraft({ actor, strategyId: draftOnly.id })).rejects.toThrow(
      /only be started from the approved strategy/,
    );
  });
});
