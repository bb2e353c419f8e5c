import { describe, expect, it } from "vitest";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { db } from "@/lib/db";
import { learningAnchor } from "@/lib/feedback/published-learning";
import { recordLearning } from "@/lib/feedback/record-learning";
import { DomainError } from "@/lib/errors";
import { addImprovementAction } from "@/lib/self-assessment/add-improvement-action";
import { assessRequirement } from "@/lib/self-assessment/assess-requirement";
import { getImprovementPlan, getSelfAssessment } from "@/lib/self-assessment/queries";
import { requirementsFor } from "@/lib/self-assessment/requirements";
import { signOffSelfAssessment } from "@/lib/self-assessment/sign-off-self-assessment";
import { askForReview } from "@/lib/reviews/ask-for-review";
import { getReviewForMember } from "@/lib/reviews/queries";
import { createLandlord, createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createReadersPanel } from "@/tests/factories/reviews";
import { createActionPlan, createStrategy } from "@/tests/factories/strategy";

const YEAR = 2026;
const now = new Date("2026-11-20T10:00:00Z");

const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  const board = await createUser({ role: "BOARD" });
  const { strategy, priority } = await createStrategy({ status: "APPROVED" });
  const plan = await createActionPlan(strategy.id, YEAR);
  await db.kpi.create({
    data: {
      code: "INV01",
      name: "Tenants involved",
      description: "People taking part",
      unit: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      section: "INVOLVEMENT",
      source: "MANUAL",
      owner: "Involvement lead",
      outcomeCodes: ["EN:TIA"],
    },
  });
  return { officer, board, plan, priority };
};

const assessAll = async (officer: { id: string; role: "OFFICER" }, rating: "MEETS" | "PARTLY_MEETS" = "MEETS") => {
  for (const requirement of requirementsFor("ENGLAND"))
    await assessRequirement({
      actor: officer,
      regime: "ENGLAND",
      input: {
        year: YEAR,
        requirementCode: requirement.code,
        rating: requirement.code === "TIA-3" ? rating : "MEETS",
        narrative: `How we meet ${requirement.heading}`,
        evidence: requirement.code === "TIA-3" ? ["/board#kpi-INV01"] : [],
      },
    });
};

const signOff = {
  year: YEAR,
  signedOffBy: "Chair of the board",
  signedOffOn: new Date("2026-11-18"),
  minuteRef: "B/26/41",
};

describe("the involvement self-assessment", () => {
  it("offers tagged consultations and You said, We did as evidence for the requirement's outcome", async () => {
    const { officer } = await setUp();
    const { consultation } = await createConsultation({
      status: "RESULTS_PUBLISHED",
      opensAt: new Date("2026-05-01T09:00:00Z"),
      closesAt: new Date("2026-06-01T09:00:00Z"),
    });
    const { consultation: untagged } = await createConsultation({
      status: "RESULTS_PUBLISHED",
      opensAt: new Date("2026-05-01T09:00:00Z"),
      closesAt: new Date("2026-06-01T09:00:00Z"),
    });
    const words = { youSaid: "Most of you wanted evening meetings.", outcome: "Meetings now start at six." };
    await publishOutcome({
      actor: officer,
      consultationId: consultation.id,
      ...words,
      outcomeCodes: ["EN:TIA"],
      now: new Date("2026-07-01T09:00:00Z"),
    });
    await publishOutcome({
      actor: officer,
      consultationId: untagged.id,
      ...words,
      now: new Date("2026-07-01T09:00:00Z"),
    });
    // A Scottish outcome is not on an English landlord's list: refused, nothing written.
    const { consultation: third } = await createConsultation({ status: "RESULTS_PUBLISHED" });
    await expect(
      publishOutcome({ actor: officer, consultationId: third.id, ...words, outcomeCodes: ["SC:3"] }),
    ).rejects.toThrow(/your regulator's list/);
    expect(await db.consultation.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({
      status: "RESULTS_PUBLISHED",
      outcomeCodes: [],
    });
    const complaint = await db.feedback.create({
      data: {
        kind: "COMPLAINT",
        serviceArea: "REPAIRS",
        channel: "PHONE",
        status: "CLOSED",
        details: "Waited three weeks",
        contactName: "A tenant",
        contactEmail: "tenant@example.test",
        answerBy: new Date("2026-08-01"),
      },
    });
    await recordLearning({
      actor: officer,
      feedbackId: complaint.id,
      learned: "Repairs were booked without a time.",
      changed: "We now give a morning or afternoon slot.",
      publish: true,
      outcomeCodes: ["EN:TIA"],
      now: new Date("2026-09-01T09:00:00Z"),
    });

    const offered = (await getSelfAssessment("ENGLAND", YEAR)).requirements.find(
      (requirement) => requirement.code === "TIA-3",
    )?.offered;
    // In date order: the consultation closed, its outcome, the learning; the KPI is dated from its creation.
    expect(offered?.filter(({ kind }) => kind !== "KPI").map(({ kind, href }) => [kind, href])).toEqual([
      ["Consultation", `/consultations/closed#consultation-${consultation.id}`],
      ["You said, We did", `/you-said-we-did#outcome-${consultation.id}`],
      ["You said, We did", `/you-said-we-did#${learningAnchor(complaint.id)}`],
    ]);
    expect(offered).toHaveLength(4);

    await assessRequirement({
      actor: officer,
      regime: "ENGLAND",
      input: {
        year: YEAR,
        requirementCode: "TIA-3",
        rating: "MEETS",
        narrative: "Tenants changed when meetings happen.",
        evidence: [`/you-said-we-did#outcome-${consultation.id}`, `/you-said-we-did#${learningAnchor(complaint.id)}`],
      },
    });
    const chosen = (await getSelfAssessment("ENGLAND", YEAR)).requirements.find(
      (requirement) => requirement.code === "TIA-3",
    )?.evidence;
    expect(chosen).toEqual([
      {
        kind: "You said, We did",
        title: consultation.title,
        href: `/you-said-we-did#outcome-${consultation.id}`,
      },
      {
        kind: "You said, We did",
        title: "What we changed after a complaint: We now give a morning or afternoon slot.",
        href: `/you-said-we-did#${learningAnchor(complaint.id)}`,
      },
    ]);
    // The untagged consultation is not offered, so it cannot be chosen.
    await expect(
      assessRequirement({
        actor: officer,
        regime: "ENGLAND",
        input: {
          year: YEAR,
          requirementCode: "TIA-3",
          rating: "MEETS",
          narrative: "x",
          evidence: [`/you-said-we-did#outcome-${untagged.id}`],
        },
      }),
    ).rejects.toThrow(/Choose evidence from the list/);
  });

  it("keeps each requirement's rating, narrative and evidence chosen from the assurance map", async () => {
    const { officer } = await setUp();
    await assessAll(officer as { id: string; role: "OFFICER" });
    const view = await getSelfAssessment("ENGLAND", YEAR);
    const tia3 = view.requirements.find((requirement) => requirement.code === "TIA-3");
    expect(tia3).toMatchObject({ rating: "MEETS", evidence: [{ kind: "KPI", title: "INV01 Tenants involved" }] });
    expect(tia3?.offered.map((item) => item.href)).toEqual(["/board#kpi-INV01"]);
    expect(view.blockers).toEqual([]);

    await expect(
      assessRequirement({
        actor: officer,
        regime: "ENGLAND",
        input: {
          year: YEAR,
          requirementCode: "TIA-1",
          rating: "MEETS",
          narrative: "x",
          evidence: ["https://evil.example"],
        },
      }),
    ).rejects.toThrow("Choose evidence from the list");
    await expect(
      assessRequirement({
        actor: officer,
        regime: "ENGLAND",
        input: { year: YEAR, requirementCode: "SC3-1", rating: "MEETS", narrative: "x", evidence: [] },
      }),
    ).rejects.toThrow(DomainError);
  });

  it("puts improvement actions in the strategy's action plan, linked back, and wants one for every gap before sign-off", async () => {
    const { officer, board, plan, priority } = await setUp();
    await assessAll(officer as { id: string; role: "OFFICER" }, "PARTLY_MEETS");
    expect((await getSelfAssessment("ENGLAND", YEAR)).blockers).toEqual([
      "Influence and scrutiny: add an improvement action for the gap",
    ]);
    await expect(signOffSelfAssessment({ actor: board, regime: "ENGLAND", signOff, now })).rejects.toThrow(
      "not finished",
    );

    const current = await getImprovementPlan(now);
    expect(current?.plan.id).toBe(plan.id);
    const created = await addImprovementAction({
      actor: officer,
      regime: "ENGLAND",
      planId: plan.id,
      now,
      input: {
        year: YEAR,
        requirementCode: "TIA-3",
        priorityId: priority.id,
        title: "Set up a repairs scrutiny group",
        owner: "Involvement lead",
        targetOn: new Date("2027-03-31"),
        measureOfSuccess: "A review reported to the board",
      },
    });
    const action = await db.strategyAction.findUniqueOrThrow({
      where: { id: created.id },
      select: { planId: true, title: true, selfAssessment: { select: { requirementCode: true } } },
    });
    expect(action).toEqual({
      planId: plan.id,
      title: "Set up a repairs scrutiny group",
      selfAssessment: { requirementCode: "TIA-3" },
    });
    const view = await getSelfAssessment("ENGLAND", YEAR);
    expect(view.requirements.find((requirement) => requirement.code === "TIA-3")?.actions).toHaveLength(1);
    expect(view.blockers).toEqual([]);
  });

  it("goes to a group of tenants for comment while a draft, each requirement with its rating, and not once signed off", async () => {
    const { officer, board } = await setUp();
    await assessAll(officer as { id: string; role: "OFFICER" });
    const { group, member } = await createReadersPanel();
    const { id } = await getSelfAssessment("ENGLAND", YEAR);
    const ask = { subjectKind: "SELF_ASSESSMENT" as const, subjectId: id ?? "", groupId: group.id };
    // The database dates a review by its own clock, so the closing day is a week from the real today.
    const closesOn = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const review = await askForReview({ actor: officer, input: { ...ask, closesOn } });
    const read = await getReviewForMember(review.id, member);
    const first = requirementsFor("ENGLAND")[0];
    expect(read?.draft.title).toBe("Involvement self-assessment 2026/27");
    expect(read?.draft.sections[0]).toEqual({
      heading: first?.heading,
      paragraphs: [first?.text, "Meets the requirement", `How we meet ${first?.heading}`],
    });

    await signOffSelfAssessment({ actor: board, regime: "ENGLAND", signOff, now });
    await expect(askForReview({ actor: officer, input: { ...ask, closesOn } })).rejects.toThrow("no longer a draft");
  });

  it("once signed off by the board, is frozen: the use cases and the database refuse changes, nothing half-written", async () => {
    const { officer, board, plan, priority } = await setUp();
    await assessAll(officer as { id: string; role: "OFFICER" });
    await expect(
      signOffSelfAssessment({
        actor: board,
        regime: "ENGLAND",
        signOff: { ...signOff, signedOffOn: new Date("2026-12-01") },
        now,
      }),
    ).rejects.toThrow("still to come");
    await signOffSelfAssessment({ actor: board, regime: "ENGLAND", signOff, now });
    const view = await getSelfAssessment("ENGLAND", YEAR);
    expect(view.signOff).toEqual({ by: "Chair of the board", on: new Date("2026-11-18"), minuteRef: "B/26/41" });

    await expect(
      assessRequirement({
        actor: officer,
        regime: "ENGLAND",
        input: { year: YEAR, requirementCode: "TIA-1", rating: "DOES_NOT_MEET", narrative: "Changed", evidence: [] },
      }),
    ).rejects.toThrow("signed this self-assessment off");
    const actionsBefore = await db.strategyAction.count();
    await expect(
      addImprovementAction({
        actor: officer,
        regime: "ENGLAND",
        planId: plan.id,
        input: {
          year: YEAR,
          requirementCode: "TIA-1",
          priorityId: priority.id,
          title: "Late action",
          owner: "Someone",
          targetOn: new Date("2027-03-31"),
          measureOfSuccess: "Done",
        },
      }),
    ).rejects.toThrow("signed this self-assessment off");
    expect(await db.strategyAction.count()).toBe(actionsBefore);
    await expect(signOffSelfAssessment({ actor: board, regime: "ENGLAND", signOff, now })).rejects.toThrow("already");

    const id = view.id ?? "";
    await expect(db.selfAssessmentRequirement.updateMany({ data: { narrative: "Rewritten" } })).rejects.toThrow(
      /signed off/,
    );
    await expect(db.selfAssessment.update({ where: { id }, data: { minuteRef: "other" } })).rejects.toThrow(
      /signed off/,
    );
    await expect(db.selfAssessment.delete({ where: { id } })).rejects.toThrow(/signed off/);
    await expect(
      db.selfAssessmentRequirement.create({ data: { assessmentId: id, requirementCode: "TIA-9" } }),
    ).rejects.toThrow(/signed off/);
  });
});
