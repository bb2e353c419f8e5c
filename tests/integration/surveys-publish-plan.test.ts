import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TSM_MEASURES } from "@/lib/measures/perception";
import { publishRound } from "@/lib/surveys/publish-round";
import {
  countResponsesByTenure,
  getBoardRound,
  getComparedResults,
  getPublishedRound,
  listPublishedRounds,
  listPublishedYears,
} from "@/lib/surveys/queries";
import { getManagementYear } from "@/lib/management-figures/queries";
import { ZManagementQuarter } from "@/lib/management-figures/schemas";
import { ZRoundPlan } from "@/lib/surveys/schemas";
import { saveManagementQuarter } from "@/lib/management-figures/save-management-quarter";
import { updateRoundPlan } from "@/lib/surveys/update-round-plan";
import { createUser } from "@/tests/factories/index";
import { createRoundWith } from "@/tests/factories/measures";

const respondent = (tenure: "LCRA" | "LCHO", TP01: number) => ({ tenure, passed: new Set<never>(), answers: { TP01 } });

const plan = (roundId: string, extra: Record<string, string> = {}) => {
  const { roundId: _id, ...rest } = ZRoundPlan.parse({
    roundId,
    targetMargin: "3.5",
    populationLcra: "1,200",
    populationLcho: "80",
    sampleMethod: "Census of all tenants",
    ...extra,
  });
  return rest;
};

const auditActions = async () =>
  (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => event.action);

describe("publishing a round's results", () => {
  it("publishes a closed round once, audited, and refuses an open or published one with a clear message", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const open = await createRoundWith([respondent("LCRA", 0)], TSM_MEASURES, { year: 2026 });
    await expect(publishRound({ actor: officer, roundId: open.id })).rejects.toThrow(
      "Close the round to responses before publishing",
    );
    const closed = await createRoundWith([respondent("LCRA", 0)], TSM_MEASURES, { year: 2025, status: "CLOSED" });
    expect(await listPublishedRounds("ENGLAND")).toEqual([]);
    await publishRound({ actor: officer, roundId: closed.id });
    await expect(publishRound({ actor: officer, roundId: closed.id })).rejects.toThrow("already been published");
    await expect(publishRound({ actor: officer, roundId: "no-such-round" })).rejects.toThrow(
      "could not find that survey round",
    );
    const published = await listPublishedRounds("ENGLAND");
    expect(published.map((round) => [round.year, round.status])).toEqual([[2025, "PUBLISHED"]]);
    expect(published[0]?.publishedAt).toBeInstanceOf(Date);
    expect(await auditActions()).toEqual(["measures.round.published"]);
  });

  it("lists the published years newest first and finds one year's round only once it is published", async () => {
    const officer = await createUser({ role: "OFFICER" });
    for (const year of [2023, 2025]) {
      const round = await createRoundWith([respondent("LCRA", 0)], TSM_MEASURES, { year, status: "CLOSED" });
      await publishRound({ actor: officer, roundId: round.id });
    }
    await createRoundWith([respondent("LCRA", 0)], TSM_MEASURES, { year: 2024, status: "CLOSED" });
    expect(await listPublishedYears("ENGLAND")).toEqual([2025, 2023]);
    expect(await listPublishedYears("SCOTLAND")).toEqual([]);
    expect((await getPublishedRound("ENGLAND", 2023))?.year).toBe(2023);
    expect(await getPublishedRound("ENGLAND", 2024)).toBeNull();
    expect(await getPublishedRound("SCOTLAND", 2025)).toBeNull();
  });
});

describe("comparing with last year", () => {
  it("compares with the same regime's round a year earlier, and on the public page only with a published one", async () => {
    const before = await createRoundWith([respondent("LCRA", 0), respondent("LCRA", 3)], TSM_MEASURES, {
      year: 2024,
      status: "CLOSED",
    });
    const current = await createRoundWith(
      [respondent("LCRA", 0), respondent("LCHO", 1), respondent("LCHO", 4)],
      TSM_MEASURES,
      { year: 2025 },
    );
    await createRoundWith([respondent("LCRA", 4)], [], { year: 2024, regime: "SCOTLAND" });
    const compared = await getComparedResults(current);
    expect(compared.previousYear).toBe(2024);
    expect(
      compared.measures[0]?.groups.map((group) => [
        group.group,
        group.percent,
        group.previousPercent,
        group.difference,
      ]),
    ).toEqual([
      ["all", 66.7, 50, 16.7],
      ["LCRA", 100, 50, 50],
      ["LCHO", 50, null, null],
    ]);
    expect((await getComparedResults(current, { publishedOnly: true })).previousYear).toBeNull();
    await db.surveyRound.update({ where: { id: before.id }, data: { status: "PUBLISHED" } });
    expect((await getComparedResults(current, { publishedOnly: true })).previousYear).toBe(2024);
    expect(await countResponsesByTenure(current.id)).toEqual({ LCRA: 1, LCHO: 2 });
  });
});

describe("the sampling plan and method statement", () => {
  it("saves while the round is open or closed, audited, and is fixed once published", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const round = await createRoundWith([], TSM_MEASURES, { status: "CLOSED" });
    await updateRoundPlan({ actor: officer, roundId: round.id, plan: plan(round.id, { weighting: "None" }) });
    expect(await db.surveyRound.findUnique({ where: { id: round.id } })).toMatchObject({
      targetMargin: 3.5,
      populationLcra: 1200,
      populationLcho: 80,
      sampleMethod: "Census of all tenants",
      weighting: "None",
      timing: null,
    });
    // A field emptied is cleared, not left as it was.
    await updateRoundPlan({ actor: officer, roundId: round.id, plan: plan(round.id) });
    expect((await db.surveyRound.findUnique({ where: { id: round.id } }))?.weighting).toBeNull();
    await publishRound({ actor: officer, roundId: round.id });
    await expect(
      updateRoundPlan({ actor: officer, roundId: round.id, plan: plan(round.id, { weighting: "Changed after" }) }),
    ).rejects.toThrow("cannot be changed");
    expect((await db.surveyRound.findUnique({ where: { id: round.id } }))?.weighting).toBeNull();
    await expect(updateRoundPlan({ actor: officer, roundId: "missing", plan: plan("missing") })).rejects.toThrow(
      "could not find",
    );
    expect(await auditActions()).toEqual([
      "measures.round.plan_updated",
      "measures.round.plan_updated",
      "measures.round.published",
    ]);
  });
});

describe("management-information figures", () => {
  it("are saved per quarter, replaced when entered again, audited, and shown as published figures for the year", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const quarter = (values: Record<string, string>) =>
      ZManagementQuarter.parse({ year: "2026", quarter: "2", ...values });
    await saveManagementQuarter({
      actor: officer,
      quarter: quarter({
        CH01_1_numerator: "53",
        CH01_1_denominator: "4323",
        BS01_numerator: "99",
        BS01_denominator: "100",
      }),
    });
    await saveManagementQuarter({
      actor: officer,
      quarter: quarter({ BS01_numerator: "1", BS01_denominator: "8", BS01_note: "Access refused" }),
    });
    expect(await db.managementMeasure.count()).toBe(2);
    expect(await db.managementMeasure.findFirst({ where: { code: "BS01" } })).toMatchObject({
      numerator: 1,
      denominator: 8,
      note: "Access refused",
      enteredById: officer.id,
    });
    const year = await getManagementYear(2026);
    expect(year.find((measure) => measure.code === "CH01_1")?.quarters.map((entry) => entry.value)).toEqual([
      null,
      12.3,
      null,
      null,
    ]);
    expect(year.find((measure) => measure.code === "BS01")?.quarters[1]?.value).toBe(12.5);
    await expect(saveManagementQuarter({ actor: officer, quarter: quarter({}) })).rejects.toThrow(
      "at least one measure",
    );
    expect(await auditActions()).toEqual(["measures.management.saved", "measures.management.saved"]);
  });

  it("cannot be stored with a zero denominator, whatever the application does", async () => {
    await expect(
      db.managementMeasure.create({ data: { code: "RP01", year: 2025, quarter: 1, numerator: 1, denominator: 0 } }),
    ).rejects.toThrow(/violates check constraint "ManagementMeasure_quarter_check"/);
  });
});

describe("the round the board reads", () => {
  it("is the latest with all its answers in, not one still open, unless a year is asked for", async () => {
    await createRoundWith([respondent("LCRA", 0)], TSM_MEASURES, { year: 2024, status: "PUBLISHED" });
    await createRoundWith([respondent("LCRA", 1)], TSM_MEASURES, { year: 2025, status: "CLOSED" });
    expect((await getBoardRound("ENGLAND"))?.year).toBe(2025);
    await createRoundWith([respondent("LCRA", 2)], TSM_MEASURES, { year: 2026 });
    expect((await getBoardRound("ENGLAND"))?.year).toBe(2025);
    expect((await getBoardRound("ENGLAND", 2026))?.year).toBe(2026);
    expect(await getBoardRound("SCOTLAND")).toBeNull();
  });
});
