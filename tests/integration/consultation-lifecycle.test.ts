import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { createConsultation as createDraft } from "@/lib/consultations/create-consultation";
import { moveQuestion } from "@/lib/consultations/move-question";
import { publishConsultation } from "@/lib/consultations/publish-consultation";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { publishResults } from "@/lib/consultations/publish-results";
import {
  getResultCounts,
  listOverdueOutcomes,
  listPublishedOutcomes,
  listWrittenAnswers,
} from "@/lib/consultations/queries";
import { redactAnswer } from "@/lib/consultations/redact-answer";
import { removeQuestion } from "@/lib/consultations/remove-question";
import { saveQuestion } from "@/lib/consultations/save-question";
import { ZConsultationChange, ZQuestionInput } from "@/lib/consultations/schemas";
import { submitResponse } from "@/lib/consultations/submit-response";
import { updateConsultation } from "@/lib/consultations/update-consultation";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createCustomer } from "@/tests/factories/people";

const DAY = 86_400_000;

const draftDetails = () => ({
  title: "Garden improvements",
  summary: "Tell us what would make the garden better.",
  topic: "SERVICE_CHANGE" as const,
  opensAt: new Date(Date.now() - DAY),
  closesAt: new Date(Date.now() + 7 * DAY),
  outcomeDueDays: 28,
  audienceAreaIds: [],
  audienceKinds: [],
  audienceGroupIds: [],
  audienceSupportNeeds: [],
  audienceEqualityAnswers: [],
});

describe("building and running a consultation", () => {
  it("goes from draft to published outcome, auditing each step", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft({ actor: officer, details: draftDetails() });
    await expect(publishConsultation({ actor: officer, consultationId: id })).rejects.toThrow(
      "Add at least one question",
    );
    await saveQuestion({
      actor: officer,
      input: ZQuestionInput.parse({
        consultationId: id,
        type: "SCALE",
        scaleKind: "AGREEMENT",
        label: "The plans are clear",
        required: "yes",
      }),
    });
    expect(await publishConsultation({ actor: officer, consultationId: id })).toBe("OPEN");
    await expect(publishConsultation({ actor: officer, consultationId: id })).rejects.toThrow("already been published");
    await expect(publishResults({ actor: officer, consultationId: id })).rejects.toThrow(
      "only once the consultation has closed",
    );
    await closeConsultation({ actor: officer, consultationId: id });
    await expect(closeConsultation({ actor: officer, consultationId: id })).rejects.toThrow(
      "Only an open consultation",
    );
    await expect(
      publishOutcome({
        actor: officer,
        consultationId: id,
        youSaid: "Most of you asked for more shade.",
        outcome: "We planted trees along the path.",
      }),
    ).rejects.toThrow("Publish the results first");
    await publishResults({ actor: officer, consultationId: id });
    await publishOutcome({
      actor: officer,
      consultationId: id,
      youSaid: "Most of you asked for more shade.",
      outcome: "We planted trees along the path.",
    });
    expect((await listPublishedOutcomes()).rows.map((row) => row.outcome)).toEqual([
      "We planted trees along the path.",
    ]);
    const actions = (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual([
      "consultation.created",
      "consultation.question.added",
      "consultation.published",
      "consultation.closed",
      "consultation.results_published",
      "consultation.outcome_published",
    ]);
  });

  it("changes title, dates and audience only while it is a draft", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft({ actor: officer, details: draftDetails() });
    const { consultationId, ...details } = ZConsultationChange.parse({
      consultationId: id,
      title: "Garden plans, second try",
      summary: "Tell us what would make the garden better.",
      opensOn: "2026-12-01",
      closesOn: "2026-12-20",
      audienceKinds: ["TENANT", "LEASEHOLDER"],
    });
    await updateConsultation({ actor: officer, consultationId, details });
    expect(await db.consultation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Garden plans, second try",
      closesAt: new Date("2026-12-20T23:59:59Z"),
      audienceKinds: ["TENANT", "LEASEHOLDER"],
    });
    await db.consultation.update({ where: { id }, data: { status: "OPEN" } });
    await expect(updateConsultation({ actor: officer, consultationId, details })).rejects.toThrow("Only a draft");
  });

  it("schedules a consultation whose opening date is still to come", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft({
      actor: officer,
      details: { ...draftDetails(), opensAt: new Date(Date.now() + DAY) },
    });
    await saveQuestion({
      actor: officer,
      input: ZQuestionInput.parse({ consultationId: id, type: "YES_NO", label: "Any views?" }),
    });
    expect(await publishConsultation({ actor: officer, consultationId: id })).toBe("SCHEDULED");
  });

  it("fixes the questions once anyone has responded", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: { [`q_${questions.uses.id}`]: "No" },
    });
    const input = ZQuestionInput.parse({ consultationId: consultation.id, type: "YES_NO", label: "Another question" });
    await expect(saveQuestion({ actor: officer, input })).rejects.toThrow("cannot change now");
    await expect(
      removeQuestion({ actor: officer, consultationId: consultation.id, questionId: questions.why.id }),
    ).rejects.toThrow("cannot change now");
    expect(await db.consultationQuestion.count()).toBe(2);
  });

  it("keeps a conditional question after the one it depends on", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation, questions } = await createConsultation({ status: "DRAFT" });
    const ref = { actor: officer, consultationId: consultation.id };
    await expect(moveQuestion({ ...ref, questionId: questions.why.id, direction: "up" })).rejects.toThrow(
      "must come after it",
    );
    await expect(removeQuestion({ ...ref, questionId: questions.uses.id })).rejects.toThrow("Question 2 is only asked");
    const bad = ZQuestionInput.parse({
      consultationId: consultation.id,
      type: "YES_NO",
      label: "New",
      showIfQuestionId: questions.uses.id,
      showIfAnswer: "Maybe",
    });
    await expect(saveQuestion({ actor: officer, input: bad })).rejects.toMatchObject({
      fieldErrors: { showIfQuestionId: expect.any(String) },
    });
    await saveQuestion({
      actor: officer,
      input: ZQuestionInput.parse({ consultationId: consultation.id, type: "NUMBER", label: "How many?" }),
    });
    const added = await db.consultationQuestion.findFirstOrThrow({ where: { label: "How many?" } });
    await moveQuestion({ ...ref, questionId: added.id, direction: "up" });
    const order = await db.consultationQuestion.findMany({ orderBy: { position: "asc" }, select: { label: true } });
    expect(order.map((q) => q.label)).toEqual(["Do you use the garden?", "How many?", "What would you change?"]);
  });

  it("flags an outcome not published within the days allowed after closing", async () => {
    await createConsultation({
      status: "CLOSED",
      opensAt: new Date(Date.now() - 60 * DAY),
      closesAt: new Date(Date.now() - 30 * DAY),
    });
    await createConsultation({
      status: "CLOSED",
      opensAt: new Date(Date.now() - 60 * DAY),
      closesAt: new Date(Date.now() - 10 * DAY),
    });
    const { total, oldest } = await listOverdueOutcomes(new Date(), 10);
    expect(total).toBe(1);
    expect(oldest).toHaveLength(1);
  });

  it("counts every overdue outcome but names only the longest overdue", async () => {
    const closedDaysAgo = new Map<number, string>();
    for (const daysAgo of [40, 50, 60]) {
      const { consultation } = await createConsultation({
        status: "CLOSED",
        opensAt: new Date(Date.now() - (daysAgo + 30) * DAY),
        closesAt: new Date(Date.now() - daysAgo * DAY),
      });
      closedDaysAgo.set(daysAgo, consultation.id);
    }
    const { total, oldest } = await listOverdueOutcomes(new Date(), 2);
    expect(total).toBe(3);
    expect(oldest.map((row) => row.id)).toEqual([closedDaysAgo.get(60), closedDaysAgo.get(50)]);
    expect((await listOverdueOutcomes(new Date())).oldest).toHaveLength(3);
    expect(oldest[0]?.outcomeDueAt.getTime()).toBeLessThan(Date.now());
  });
});

describe("results", () => {
  it("counts answers per question in the database, filtered by channel and customer kind", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation, questions } = await createConsultation();
    const answer = (uses: string) => ({ [`q_${questions.uses.id}`]: uses, [`q_${questions.why.id}`]: "Benches" });
    for (const kind of ["TENANT", "TENANT", "LEASEHOLDER"] as const) {
      const customer = await createCustomer({ kind });
      await submitResponse({
        consultationId: consultation.id,
        channel: "ONLINE",
        customerId: customer.id,
        answers: answer("Yes"),
      });
    }
    await submitResponse({
      consultationId: consultation.id,
      channel: "PAPER",
      enteredBy: officer,
      answers: answer("No"),
    });
    const all = await getResultCounts(consultation.id, {});
    expect(all.total).toBe(4);
    expect(
      all.options
        .filter((row) => row.questionId === questions.uses.id)
        .sort((a, b) => a.option.localeCompare(b.option)),
    ).toEqual([
      { questionId: questions.uses.id, option: "No", count: 1 },
      { questionId: questions.uses.id, option: "Yes", count: 3 },
    ]);
    expect(all.answered.find((row) => row.questionId === questions.why.id)?.count).toBe(3);
    expect((await getResultCounts(consultation.id, { channel: "PAPER" })).total).toBe(1);
    expect((await getResultCounts(consultation.id, { kind: "LEASEHOLDER" })).total).toBe(1);
  });
});

describe("redacting written answers", () => {
  it("blanks the words once, keeps the answer counted, and audits who did it", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: { [`q_${questions.uses.id}`]: "Yes", [`q_${questions.why.id}`]: "My neighbour at number 4 is noisy" },
    });
    const [written] = await listWrittenAnswers(consultation.id, {});
    const ref = { actor: officer, consultationId: consultation.id, answerId: written!.id };
    await redactAnswer(ref);
    await expect(redactAnswer(ref)).rejects.toThrow("already been removed");
    await expect(redactAnswer({ ...ref, consultationId: "another" })).rejects.toThrow("already been removed");
    expect(await listWrittenAnswers(consultation.id, {})).toEqual([
      { id: written!.id, questionId: questions.why.id, text: "", redactedAt: expect.any(Date) },
    ]);
    expect(
      (await getResultCounts(consultation.id, {})).answered.find((row) => row.questionId === questions.why.id)?.count,
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "consultation.answer.redacted" } })).toBe(1);
  });
});
