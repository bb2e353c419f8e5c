import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { holidayCalendar } from "@/lib/measures/bank-holidays";
import { complaintFigures } from "@/lib/measures/complaints";
import { parseComplaintsCsv } from "@/lib/measures/parse-complaints-csv";
import { parseSurveyCsv } from "@/lib/measures/parse-survey-csv";
import { ARC_MEASURES, tallyMeasures, TSM_MEASURES, type SurveyResponse } from "@/lib/measures/perception";
import { getManagementYear } from "@/lib/management-figures/queries";
import { saveManagementQuarter } from "@/lib/management-figures/save-management-quarter";
import { displayCode } from "@/lib/management-figures/rules";
import { getReturn } from "@/lib/regulatory-return/queries";
import { saveReturnFigures } from "@/lib/regulatory-return/save-return-figures";
import { submitReturn } from "@/lib/regulatory-return/submit-return";
import { getComparedResults } from "@/lib/surveys/queries";
import { DomainError } from "@/lib/errors";
import { createLandlord, createUser } from "@/tests/factories";
import { createRoundWith } from "@/tests/factories/measures";

const YEAR = 2025;

const parsed = async <T>(result: Promise<{ ok: true; value: T } | { ok: false }>) => {
  const value = await result;
  if (!value.ok) throw new Error("the sample file should parse");
  return value.value;
};

const officer = async () => ({ ...(await createUser({ role: "OFFICER" })), name: "Olive Officer" });

const lineValue = (lines: { code: string; group: string; value: number | null }[], code: string, group: string) =>
  lines.find((line) => line.code === code && line.group === group)?.value;

/** Each complaint of the sample file recorded in Involve, stage by stage, as officers would have. */
const recordComplaints = async (text: string) => {
  const stages = await parsed(parseComplaintsCsv(text));
  const byRef = new Map<string, typeof stages>();
  for (const stage of stages) byRef.set(stage.reference, [...(byRef.get(stage.reference) ?? []), stage]);
  for (const rows of byRef.values()) {
    await db.feedback.create({
      data: {
        kind: "COMPLAINT",
        serviceArea: "REPAIRS",
        channel: "ONLINE",
        details: "A complaint",
        contactName: "A tenant",
        contactEmail: "tenant@example.org",
        stage: Math.max(...rows.map((row) => row.stage)),
        answerBy: new Date("2026-01-01"),
        stages: {
          create: rows.map((row) => ({
            stage: row.stage,
            receivedOn: new Date(row.receivedOn),
            acknowledgedOn: row.acknowledgedOn ? new Date(row.acknowledgedOn) : null,
            respondedOn: row.respondedOn ? new Date(row.respondedOn) : null,
            extensionWorkingDays: row.extensionWorkingDays,
          })),
        },
      },
    });
  }
  return stages;
};

describe("the regulator's return", () => {
  it("England: the TSM return equals the measures pages and the measures command", async () => {
    await createLandlord();
    const actor = await officer();
    const responses = await parsed<SurveyResponse[]>(
      parseSurveyCsv(readFileSync("docs/samples/tsm-responses.csv", "utf8")),
    );
    const round = await createRoundWith(responses, TSM_MEASURES, { year: YEAR, status: "CLOSED" });
    await db.surveyRound.update({ where: { id: round.id }, data: { sampleMethod: "Census of all homes" } });
    for (const quarter of [1, 2, 3, 4])
      await saveManagementQuarter({
        actor,
        quarter: {
          year: YEAR,
          quarter,
          figures: [
            { code: "RP02_1", numerator: 90 + quarter, denominator: 100 + quarter * 3, note: null },
            { code: "BS01", numerator: 990 + quarter, denominator: 1000, note: null },
            { code: "CH01_1", numerator: 5 + quarter, denominator: 2000, note: null },
          ],
        },
      });

    const { figures, missing } = await getReturn("ENGLAND", YEAR);
    const page = await getComparedResults({ id: round.id, regime: "ENGLAND", year: YEAR });
    const command = tallyMeasures(responses, TSM_MEASURES);
    for (const measure of page.measures)
      for (const group of measure.groups) {
        const label = group.group === "all" ? "All" : group.group;
        expect(lineValue(figures.lines, measure.code, label)).toBe(group.percent);
        expect(lineValue(figures.lines, measure.code, label)).toBe(
          command.measures[measure.code]?.[group.group].percent,
        );
      }
    const board = await getManagementYear(YEAR);
    for (const measure of board)
      expect(lineValue(figures.lines, displayCode(measure.code), "All")).toBe(measure.year?.value ?? null);
    expect(lineValue(figures.lines, "BS01", "All")).toBe(99.4); // the year-end position
    expect(lineValue(figures.lines, "CH01 (1)", "All")).toBe(15); // 30 complaints over 2,000 homes
    expect(missing.map(({ code }) => code)).toContain("NM01 (1)");
    expect(missing.map(({ code }) => code)).not.toContain("TP01");
    expect(figures.method).toContainEqual({ label: "Sample method", value: "Census of all homes" });
    expect(figures.method).toContainEqual({
      label: "LCRA sample size achieved",
      value: String(command.respondents.LCRA),
    });
  });

  it("Scotland: the ARC indicators equal the survey results and the complaints figures, with the rest listed as missing", async () => {
    await createLandlord();
    await db.landlord.update({ where: { id: 1 }, data: { regime: "SCOTLAND" } });
    const actor = await officer();
    const responses: SurveyResponse[] = [0, 1, 2, 0, 4].map((answer, index) => ({
      tenure: "LCRA",
      passed: new Set(),
      answers: { ARC1: answer, ARC2: (answer + index) % 5, ARC5: answer },
    }));
    const round = await createRoundWith(responses, ARC_MEASURES, { regime: "SCOTLAND", year: YEAR, status: "CLOSED" });
    const complaints = await recordComplaints(readFileSync("docs/samples/complaints.csv", "utf8"));
    await saveReturnFigures({
      actor,
      regime: "SCOTLAND",
      input: { year: YEAR, figures: [{ code: "6", value: 92.4 }] },
    });

    const { figures, missing } = await getReturn("SCOTLAND", YEAR);
    const page = await getComparedResults({ id: round.id, regime: "SCOTLAND", year: YEAR });
    for (const [indicator, code] of [
      ["1", "ARC1"],
      ["2", "ARC2"],
      ["5", "ARC5"],
    ] as const)
      expect(lineValue(figures.lines, indicator, "All")).toBe(
        page.measures.find((measure) => measure.code === code)?.groups[0]?.percent,
      );
    // What `npm run measures complaints --regime scotland` prints for the same complaints over the year.
    const command = complaintFigures(complaints, {
      regime: "scotland",
      from: "2025-04-01",
      to: "2026-03-31",
      calendar: holidayCalendar("scotland"),
    });
    expect(lineValue(figures.lines, "3", "Stage 1")).toBe(command.stage1.percentResponded);
    expect(lineValue(figures.lines, "3", "Stage 2")).toBe(command.stage2.percentResponded);
    expect(lineValue(figures.lines, "4", "Stage 1")).toBe(command.stage1.averageWorkingDays);
    expect(lineValue(figures.lines, "4", "Stage 2")).toBe(command.stage2.averageWorkingDays);
    expect(command.stage1.averageWorkingDays).not.toBeNull();
    expect(lineValue(figures.lines, "6", "All")).toBe(92.4);
    expect(missing.map(({ code }) => code)).toEqual(["7", "8", "9", "10", "11", "12", "13", "15", "16", "18", "30"]);
    expect(tallyMeasures(responses, ARC_MEASURES).measures.ARC1?.all.percent).toBe(
      lineValue(figures.lines, "1", "All"),
    );
  });

  it("once submitted, keeps the figures as filed and the database refuses any change", async () => {
    await createLandlord();
    await db.landlord.update({ where: { id: 1 }, data: { regime: "SCOTLAND" } });
    const actor = await officer();
    await saveReturnFigures({ actor, regime: "SCOTLAND", input: { year: YEAR, figures: [{ code: "6", value: 90 }] } });
    await submitReturn({ actor, regime: "SCOTLAND", submission: { year: YEAR, reference: "ARC-2025-0042" } });

    const submitted = await getReturn("SCOTLAND", YEAR);
    expect(submitted.submission).toMatchObject({ by: "Olive Officer", reference: "ARC-2025-0042" });
    expect(lineValue(submitted.figures.lines, "6", "All")).toBe(90);

    await expect(
      saveReturnFigures({ actor, regime: "SCOTLAND", input: { year: YEAR, figures: [{ code: "6", value: 95 }] } }),
    ).rejects.toThrow(DomainError);
    await expect(
      submitReturn({ actor, regime: "SCOTLAND", submission: { year: YEAR, reference: "again" } }),
    ).rejects.toThrow("already been submitted");
    const stored = await db.regulatoryReturn.findFirstOrThrow({ select: { id: true } });
    await expect(db.returnFigure.updateMany({ data: { value: 1 } })).rejects.toThrow(/submitted/);
    await expect(db.returnFigure.create({ data: { returnId: stored.id, code: "7", value: 80 } })).rejects.toThrow(
      /submitted/,
    );
    await expect(db.regulatoryReturn.update({ where: { id: stored.id }, data: { reference: "x" } })).rejects.toThrow(
      /submitted/,
    );
    await expect(db.regulatoryReturn.delete({ where: { id: stored.id } })).rejects.toThrow(/submitted/);
    expect(lineValue((await getReturn("SCOTLAND", YEAR)).figures.lines, "6", "All")).toBe(90);
  });

  it("refuses to submit a return with no figures at all", async () => {
    await createLandlord();
    const actor = await officer();
    await expect(
      submitReturn({ actor, regime: "ENGLAND", submission: { year: YEAR, reference: "TSM-1" } }),
    ).rejects.toThrow("no figures yet");
    expect(await db.regulatoryReturn.count()).toBe(0);
  });
});
