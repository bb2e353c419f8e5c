import { describe, expect, it } from "vitest";
import { publishReport } from "@/lib/annual-report/publish-report";
import { getAnnualReport, listPublishedReports } from "@/lib/annual-report/queries";
import { saveIntroduction, saveReportPart } from "@/lib/annual-report/save-report-part";
import { startReport } from "@/lib/annual-report/start-report";
import { db } from "@/lib/db";
import { recordLearning } from "@/lib/feedback/record-learning";
import { createKpi } from "@/lib/kpi/create-kpi";
import { enterKpiValue } from "@/lib/kpi/enter-kpi-value";
import { getKpiTiles } from "@/lib/kpi/queries";
import { ZKpiDetails } from "@/lib/kpi/schemas";
import { setKpiTarget } from "@/lib/kpi/set-kpi-target";
import { updateServiceStandard } from "@/lib/service-standards/update-standard";
import { createLandlord, createUser } from "@/tests/factories";

const now = new Date("2026-12-07T10:00:00Z");
const Q4 = { year: 2025, quarter: 4 };

const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  const kpi = await createKpi({
    actor: officer,
    details: ZKpiDetails.parse({
      code: "SS01",
      name: "Calls answered within 40 seconds",
      description: "Demo",
      unit: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      section: "SERVICE_STANDARDS",
      source: "MANUAL",
      owner: "Head of Customer Services",
      key: "no",
    }),
  });
  await setKpiTarget({ actor: officer, input: { kpiId: kpi.id, year: 2025, target: 95, amberTolerance: 3 } });
  await enterKpiValue({ actor: officer, input: { kpiId: kpi.id, period: Q4, value: 93.5 }, now });
  await updateServiceStandard({
    actor: officer,
    channel: "CALLS",
    promise: "We answer within 40 seconds",
    kpiCode: "SS01",
  });
  const complaint = await db.feedback.create({
    data: {
      kind: "COMPLAINT",
      serviceArea: "REPAIRS",
      channel: "PHONE",
      status: "CLOSED",
      details: "Mrs Example at 4 Elm Road waited three weeks",
      contactName: "Mrs Example",
      contactEmail: "example@example.test",
      answerBy: new Date("2025-10-01"),
    },
  });
  return { officer, kpi, complaint };
};

describe("the annual report", () => {
  it("is assembled from the board pack's figures, with the officer's commentary and choices", async () => {
    const { officer } = await setUp();
    await startReport({ actor: officer, year: 2025, now });
    await saveIntroduction({ actor: officer, year: 2025, introduction: "Welcome to our report." });
    await saveReportPart({
      actor: officer,
      year: 2025,
      part: { section: "KPIS", included: true, commentary: "Calls were slower in winter.", featured: ["SS01"] },
    });
    await saveReportPart({
      actor: officer,
      year: 2025,
      part: { section: "BUDGET", included: false, commentary: "", featured: [] },
    });
    const report = await getAnnualReport(2025, now);
    expect(report?.status).toBe("DRAFT");
    const content = report!.content;
    const pack = await getKpiTiles({ quarter: Q4, regime: "ENGLAND", now });
    // The same figure, status and history as the board pack: never worked out a second way.
    expect(content.kpis).toEqual(pack);
    expect(content.kpis[0]).toMatchObject({ code: "SS01", value: 93.5, rag: "AMBER" });
    expect(content.standards.find((row) => row.channel === "CALLS")).toMatchObject({ kpiCode: "SS01" });
    expect(content.parts.map((part) => part.section)).toHaveLength(8);
    expect(content.parts.find((part) => part.section === "KPIS")).toMatchObject({ featured: ["SS01"] });
    expect(content.parts.find((part) => part.section === "BUDGET")?.included).toBe(false);
    expect(content.budget).toBeNull();
    expect(content.introduction).toBe("Welcome to our report.");
    // A stranger asking for the draft gets nothing.
    expect(await getAnnualReport(2025, now, { publishedOnly: true })).toBeNull();
  });

  it("refuses a second report for a year and a year that cannot be started", async () => {
    const { officer } = await setUp();
    await startReport({ actor: officer, year: 2025, now });
    await expect(startReport({ actor: officer, year: 2025, now })).rejects.toThrow(/already a report for 2025\/26/);
    await expect(startReport({ actor: officer, year: 2015, now })).rejects.toThrow(/ten before it/);
    expect(await db.annualReport.count()).toBe(1);
  });

  it("publishes learning from a closed complaint without anything that identifies the complainant", async () => {
    const { officer, complaint } = await setUp();
    await recordLearning({
      actor: officer,
      feedbackId: complaint.id,
      learned: "Repairs were booked without a time.",
      changed: "We now give a morning or afternoon slot.",
      publish: true,
      now: new Date("2026-02-10T10:00:00Z"),
    });
    await startReport({ actor: officer, year: 2025, now });
    const content = (await getAnnualReport(2025, now))!.content;
    expect(content.youSaid.complaints).toEqual([
      {
        serviceArea: "Repairs",
        learned: "Repairs were booked without a time.",
        changed: "We now give a morning or afternoon slot.",
        publishedOn: "2026-02-10",
      },
    ]);
    expect(JSON.stringify(content)).not.toContain("Elm Road");
    await expect(
      recordLearning({ actor: officer, feedbackId: complaint.id, learned: "x", changed: "", publish: true }),
    ).rejects.toThrow(/what we changed/);
  });

  it("is frozen on publication: later figures do not change it and the database refuses edits", async () => {
    const { officer, kpi } = await setUp();
    await startReport({ actor: officer, year: 2025, now });
    await saveReportPart({
      actor: officer,
      year: 2025,
      part: { section: "KPIS", included: true, commentary: "As published.", featured: [] },
    });
    await expect(startReport({ actor: officer, year: 2026, now })).resolves.toBeTruthy();
    await expect(publishReport({ actor: officer, year: 2026, now })).rejects.toThrow(/has not ended yet/);
    await publishReport({ actor: officer, year: 2025, now });
    await expect(publishReport({ actor: officer, year: 2025, now })).rejects.toThrow(/already published/);

    // A later correction to the figure leaves the published report as it was.
    await enterKpiValue({ actor: officer, input: { kpiId: kpi.id, period: Q4, value: 99 }, now });
    const published = await getAnnualReport(2025, now, { publishedOnly: true });
    expect(published?.status).toBe("PUBLISHED");
    expect(published?.content.kpis[0]?.value).toBe(93.5);
    expect(published?.content.publishedOn).toBe(now.toISOString());
    expect(await listPublishedReports()).toEqual([{ year: 2025, publishedAt: now }]);

    await expect(
      saveReportPart({
        actor: officer,
        year: 2025,
        part: { section: "KPIS", included: true, commentary: "Rewritten", featured: [] },
      }),
    ).rejects.toThrow(/cannot be changed/);
    // The database itself refuses, whatever the code does.
    await expect(db.annualReport.update({ where: { year: 2025 }, data: { introduction: "Changed" } })).rejects.toThrow(
      /was published and cannot change/,
    );
    await expect(
      db.annualReportPart.updateMany({ where: { section: "KPIS" }, data: { commentary: "Changed" } }),
    ).rejects.toThrow(/its sections cannot change/);
    await expect(db.annualReport.delete({ where: { year: 2025 } })).rejects.toThrow(/cannot change/);
    await expect(db.$executeRaw`UPDATE "AnnualReport" SET "snapshot" = '{}' WHERE "year" = 2025`).rejects.toThrow(
      /cannot change/,
    );
  });
});
