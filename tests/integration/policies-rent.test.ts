import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countPolicyReviewsDue, getPolicyEquality } from "@/lib/policies/queries";
import { addPolicy } from "@/lib/policies/save-policy";
import { savePolicyEquality } from "@/lib/policies/save-policy-equality";
import { createRentConsultation } from "@/lib/rent/create-rent-consultation";
import { publishRentOutcome } from "@/lib/rent/publish-rent-outcome";
import { getRentSetting, rentResults } from "@/lib/rent/queries";
import { recordRentDecision } from "@/lib/rent/record-rent-decision";
import { optionText, youSaidWeDid } from "@/lib/rent/rules";
import { scheduleRentConsultation } from "@/lib/rent/schedule-rent-consultation";
import { createLandlord, createUser } from "@/tests/factories";
import { createEqualityQuestions } from "@/tests/factories/strategy";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("the policy register", () => {
  it("flags reviews due and keeps an equality assessment like the strategy's", async () => {
    await createLandlord();
    await createEqualityQuestions();
    const officer = await createUser({ role: "OFFICER" });
    const input = (name: string, next: string) => ({
      name,
      owner: "Head of Housing",
      adoptedOn: day("2023-04-01"),
      nextReviewOn: day(next),
    });
    const due = await addPolicy({ actor: officer, input: input("Tenant involvement policy", "2027-02-01") });
    await addPolicy({ actor: officer, input: input("Rent arrears policy", "2028-04-01") });
    expect(await countPolicyReviewsDue(day("2026-12-07"))).toBe(1);
    await expect(addPolicy({ actor: officer, input: input("Rent arrears policy", "2029-04-01") })).rejects.toThrow(
      "already a policy with that name",
    );

    const [first] = await getPolicyEquality(due.id);
    const key = first?.key as string;
    await expect(
      savePolicyEquality({ actor: officer, policyId: due.id, fields: { [`impact_${key}`]: "POSITIVE" } }),
    ).rejects.toThrow("partly assessed");
    await savePolicyEquality({
      actor: officer,
      policyId: due.id,
      fields: { [`impact_${key}`]: "POSITIVE", [`evidence_${key}`]: "More meetings in the evening" },
    });
    expect((await getPolicyEquality(due.id))[0]?.assessment?.impact).toBe("POSITIVE");
    // The database keeps an assessment to one strategy or one policy.
    await expect(
      db.equalityAssessment.create({ data: { characteristicKey: key, impact: "NEUTRAL", evidence: "None" } }),
    ).rejects.toThrow(/EqualityAssessment_one_subject|check constraint/);
  });
});

describe("the yearly rent consultation", () => {
  it("is made from the template, counts the options and records the board's decision", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const setting = await createRentConsultation({
      actorId: officer.id,
      input: {
        year: 2027,
        averageWeeklyRent: 115_56,
        // Open now: the database takes responses only inside the window, by its own clock.
        opensOn: new Date(Date.now() - 86_400_000),
        closesOn: new Date(Date.now() + 2 * 86_400_000),
        options: [
          { label: "A", changeBasisPoints: 270 },
          { label: "B", changeBasisPoints: 420 },
        ],
      },
    });
    const consultation = await db.consultation.findUniqueOrThrow({
      where: { id: setting.consultationId },
      select: {
        topic: true,
        status: true,
        questions: { orderBy: { position: "asc" }, select: { id: true, options: true } },
      },
    });
    expect(consultation.topic).toBe("RENT_SETTING");
    expect(consultation.questions[0]?.options).toEqual([
      "Option A: rents rise by 2.7% (£3.12 a week on the average rent)",
      "Option B: rents rise by 4.2% (£4.85 a week on the average rent)",
    ]);

    await db.consultation.update({ where: { id: setting.consultationId }, data: { status: "OPEN" } });
    const view = await getRentSetting(setting.id);
    if (!view) throw new Error("missing");
    const response = await db.consultationResponse.create({
      data: {
        consultationId: setting.consultationId,
        channel: "PAPER",
        submittedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    await db.consultationAnswer.create({
      data: {
        responseId: response.id,
        questionId: consultation.questions[0]?.id as string,
        option: consultation.questions[0]?.options[1],
      },
    });
    expect((await rentResults(view)).map((option) => option.votes)).toEqual([0, 1]);

    const decision = {
      rentSettingId: setting.id,
      option: "B",
      decidedOn: day("2026-01-20"),
      minuteReference: "BM/26/3",
    };
    await expect(recordRentDecision({ actor: officer, input: decision, now: new Date() })).rejects.toThrow(
      "close the consultation first",
    );
    const words = { rentSettingId: setting.id, youSaid: "x".repeat(20), outcome: "y".repeat(20) };
    await expect(publishRentOutcome({ actor: officer, ...words })).rejects.toThrow("Record the board's decision first");
    const later = new Date(Date.now() + 10 * 86_400_000);
    await recordRentDecision({ actor: officer, input: decision, now: later });
    await expect(recordRentDecision({ actor: officer, input: decision, now: later })).rejects.toThrow(
      "already been recorded",
    );

    // The decision letter's "You said, We did" is written from the results and the decision, and published
    // through the consultation once its results are.
    const decided = await getRentSetting(setting.id);
    const [b] = decided?.options.filter((option) => option.label === "B") ?? [];
    const letter = youSaidWeDid(await rentResults(decided!), {
      label: "B",
      decidedOn: "20 January 2026",
      minuteReference: "BM/26/3",
      text: optionText(b!, decided!.averageWeeklyRentPence),
    });
    expect(letter).toEqual({
      youSaid: "1 tenant chose an option: option A 0%, option B 100%.",
      outcome:
        "The board considered your views and chose option B: rents rise by 4.2% (£4.85 a week on the average rent) on 20 January 2026 (minute BM/26/3).",
    });
    await db.consultation.update({ where: { id: setting.consultationId }, data: { status: "RESULTS_PUBLISHED" } });
    await publishRentOutcome({ actor: officer, rentSettingId: setting.id, ...letter, outcomeCodes: ["EN:TIA"] });
    expect(await db.consultation.findUniqueOrThrow({ where: { id: setting.consultationId } })).toMatchObject({
      status: "OUTCOME_PUBLISHED",
      outcomeCodes: ["EN:TIA"],
      youSaid: letter.youSaid,
      outcome: letter.outcome,
    });

    // The yearly job drafts next year's from this one's options, once.
    expect(await scheduleRentConsultation(new Date("2027-09-30T09:00:00Z"))).toBeNull();
    const drafted = await scheduleRentConsultation(new Date("2027-10-02T09:00:00Z"));
    expect(drafted).not.toBeNull();
    expect(await scheduleRentConsultation(new Date("2027-10-03T09:00:00Z"))).toBeNull();
    const next = await db.rentSetting.findUniqueOrThrow({ where: { year: 2028 }, select: { options: true } });
    expect(next.options.map((option) => option.changeBasisPoints).sort()).toEqual([270, 420]);
  });
});
