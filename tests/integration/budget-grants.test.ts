import { describe, expect, it } from "vitest";
import { addSpendLine } from "@/lib/budget/add-spend-line";
import { applyForGrant } from "@/lib/budget/apply-for-grant";
import { decideGrant } from "@/lib/budget/decide-grant";
import { payGrant } from "@/lib/budget/pay-grant";
import { correctSpendLine } from "@/lib/budget/correct-spend-line";
import { budgetSummary, countOverdueGrantAccounts } from "@/lib/budget/queries";
import { removeSpendLine } from "@/lib/budget/remove-spend-line";
import { setBudget } from "@/lib/budget/set-budget";
import { db } from "@/lib/db";
import { loadSeries } from "@/lib/kpi/series";
import type { Actor } from "@/lib/auth/actor";
import { createLandlord, createUser } from "@/tests/factories";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const NOW = new Date("2027-01-15T10:00:00Z");

const budget = { year: 2026, budget_EVENTS: 4_000_00, budget_TRAINING: 2_000_00, budget_GRANTS: 3_000_00 };
const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  await setBudget({
    actor: officer,
    input: { ...budget, budget_COMMUNICATIONS: 500_00, budget_INCENTIVES: 500_00, budget_STAFF: 0 },
  });
  const group = await db.group.create({ data: { name: "Northside TRA", type: "RTO", rtoStatus: "REGISTERED" } });
  return { officer, group };
};

const approvedGrant = async (officer: Actor, groupId: string, approvedPence = 1_000_00) => {
  const grant = await applyForGrant({
    actor: officer,
    input: { groupId, appliedOn: day("2026-05-01"), purpose: "Summer fun day", amountRequested: 1_200_00 },
  });
  await decideGrant({
    actor: officer,
    input: {
      grantId: grant.id,
      decision: "APPROVED",
      decidedOn: day("2026-05-20"),
      amountApprovedPence: approvedPence,
      accountsDueOn: day("2026-12-31"),
    },
  });
  return grant;
};

describe("the involvement budget", () => {
  it("computes the board's budget-spent KPI from the spend lines, year to date", async () => {
    const { officer, group } = await setUp();
    const spend = (on: string, pence: number, status: "SPENT" | "COMMITTED") =>
      addSpendLine({
        actor: officer,
        input: { spentOn: day(on), amount: pence, category: "EVENTS", supplier: "Hall", description: "Hire", status },
      });
    await spend("2026-04-10", 1_234_56, "SPENT");
    await spend("2026-08-01", 765_44, "SPENT");
    await spend("2026-09-01", 999_99, "COMMITTED");
    await spend("2026-10-01", 500_00, "SPENT");
    const grant = await approvedGrant(officer, group.id);
    await payGrant({ actor: officer, input: { grantId: grant.id, paidOn: day("2026-06-01"), amount: 600_00 } });

    const summary = await budgetSummary(2026);
    const spent = await db.spendLine.aggregate({ where: { year: 2026, status: "SPENT" }, _sum: { amountPence: true } });
    expect(summary.total.spentPence).toBe(spent._sum.amountPence);
    expect(summary.total).toEqual({ budgetPence: 10_000_00, committedPence: 999_99, spentPence: 3_100_00 });
    expect(summary.categories.find((row) => row.category === "GRANTS")?.spentPence).toBe(600_00);

    const kpi = { id: "k", source: "BUDGET_SPENT_PERCENT" as const, sourceCode: null };
    const series = await loadSeries({
      kpis: [kpi],
      quarters: [
        { year: 2026, quarter: 2 },
        { year: 2026, quarter: 3 },
      ],
      regime: "ENGLAND",
      now: NOW,
    });
    // To 30 September: 1,234.56 + 765.44 + 600 of 10,000; committed money is not spent.
    expect(series.get("k")?.get("2026-Q2")?.value).toBe(26);
    expect(series.get("k")?.get("2026-Q3")?.value).toBe(31);
    expect(series.get("k")?.get("2026-Q3")?.provenance).toContain("£3,100.00 spent of the year's £10,000.00 budget");
  });

  it("refuses spending in a year with no budget, writing nothing", async () => {
    const { officer } = await setUp();
    await expect(
      addSpendLine({
        actor: officer,
        input: {
          spentOn: day("2028-05-01"),
          amount: 1,
          category: "EVENTS",
          supplier: "Hall",
          description: "Hire",
          status: "SPENT",
        },
      }),
    ).rejects.toThrow("Set the budget");
    expect(await db.spendLine.count()).toBe(0);
  });
});

describe("correcting spending", () => {
  const line = {
    spentOn: day("2026-05-10"),
    amount: 2_000_00,
    category: "EVENTS" as const,
    supplier: "Hall",
    description: "Hire",
    status: "SPENT" as const,
  };
  const kpiAtQ3 = async () =>
    (
      await loadSeries({
        kpis: [{ id: "k", source: "BUDGET_SPENT_PERCENT" as const, sourceCode: null }],
        quarters: [{ year: 2026, quarter: 3 }],
        regime: "ENGLAND",
        now: NOW,
      })
    )
      .get("k")
      ?.get("2026-Q3")?.value;

  it("corrects or removes a line, audited, and the budget-spent KPI follows", async () => {
    const { officer } = await setUp();
    const { id } = await addSpendLine({ actor: officer, input: line });
    expect(await kpiAtQ3()).toBe(20);

    await correctSpendLine({
      actor: officer,
      input: { ...line, spendLineId: id, amount: 500_00, category: "TRAINING" },
    });
    expect(await kpiAtQ3()).toBe(5);
    expect((await budgetSummary(2026)).categories.find((row) => row.category === "TRAINING")?.spentPence).toBe(500_00);
    const corrected = await db.auditEvent.findFirstOrThrow({ where: { action: "budget.spend_corrected" } });
    expect(corrected.details).toMatchObject({ before: { amountPence: 2_000_00, category: "EVENTS" } });

    // Moved to a year with no budget: refused with the reason beside the date, the line unchanged.
    await expect(
      correctSpendLine({ actor: officer, input: { ...line, spendLineId: id, spentOn: day("2028-05-01") } }),
    ).rejects.toThrow("Set the budget");
    expect((await db.spendLine.findUniqueOrThrow({ where: { id } })).amountPence).toBe(500_00);

    await removeSpendLine({ actor: officer, spendLineId: id });
    expect(await db.spendLine.count()).toBe(0);
    expect(await kpiAtQ3()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "budget.spend_removed", entityId: id } })).toBe(1);
  });

  it("keeps grant payments with the grant and a published year's spending as it was, in the database too", async () => {
    const { officer, group } = await setUp();
    const grant = await approvedGrant(officer, group.id);
    const payment = await payGrant({
      actor: officer,
      input: { grantId: grant.id, paidOn: day("2026-06-01"), amount: 100_00 },
    });
    await expect(removeSpendLine({ actor: officer, spendLineId: payment.id })).rejects.toThrow(/grant payment/);

    const { id } = await addSpendLine({ actor: officer, input: line });
    await db.annualReport.create({ data: { year: 2026, publishedAt: NOW, snapshot: {} } });
    await expect(
      correctSpendLine({ actor: officer, input: { ...line, spendLineId: id, amount: 1_00 } }),
    ).rejects.toThrow(/annual report for this year is published/);
    await expect(removeSpendLine({ actor: officer, spendLineId: id })).rejects.toThrow(/published/);
    await expect(addSpendLine({ actor: officer, input: line })).rejects.toThrow(/published/);
    // The database refuses too, whoever asks.
    await expect(db.spendLine.update({ where: { id }, data: { amountPence: 1_00 } })).rejects.toThrow(
      /annual report is published/,
    );
    await expect(db.spendLine.delete({ where: { id } })).rejects.toThrow(/annual report is published/);
    expect(await db.spendLine.findUniqueOrThrow({ where: { id } })).toMatchObject({ amountPence: 2_000_00 });
  });
});

describe("grants to tenants' organisations", () => {
  it("never pays more than approved, in the use case and in the database", async () => {
    const { officer, group } = await setUp();
    const grant = await approvedGrant(officer, group.id);
    await payGrant({ actor: officer, input: { grantId: grant.id, paidOn: day("2026-06-01"), amount: 700_00 } });
    await expect(
      payGrant({ actor: officer, input: { grantId: grant.id, paidOn: day("2026-07-01"), amount: 300_01 } }),
    ).rejects.toThrow("more than is left to pay");
    await expect(
      db.spendLine.create({
        data: {
          year: 2026,
          spentOn: day("2026-07-01"),
          amountPence: 300_01,
          category: "GRANTS",
          status: "SPENT",
          supplier: "Northside TRA",
          description: "Direct write",
          grantId: grant.id,
        },
      }),
    ).rejects.toThrow(/exceed the amount approved/);
    expect(await db.spendLine.count({ where: { grantId: grant.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "grant.paid" } })).toBe(1);
  });

  it("never pays a refused grant, and flags accounts overdue", async () => {
    const { officer, group } = await setUp();
    const refused = await applyForGrant({
      actor: officer,
      input: { groupId: group.id, appliedOn: day("2026-05-01"), purpose: "Minibus", amountRequested: 5_000_00 },
    });
    await decideGrant({
      actor: officer,
      input: { grantId: refused.id, decision: "REFUSED", decidedOn: day("2026-05-10"), amountApprovedPence: null },
    });
    await expect(
      payGrant({ actor: officer, input: { grantId: refused.id, paidOn: day("2026-06-01"), amount: 1_00 } }),
    ).rejects.toThrow("refused");
    await expect(
      db.spendLine.create({
        data: {
          year: 2026,
          spentOn: day("2026-06-01"),
          amountPence: 1_00,
          category: "GRANTS",
          status: "SPENT",
          supplier: "x",
          description: "Direct write",
          grantId: refused.id,
        },
      }),
    ).rejects.toThrow(/not approved cannot be paid/);
    await approvedGrant(officer, group.id);
    expect(await countOverdueGrantAccounts(day("2026-12-31"))).toBe(0);
    expect(await countOverdueGrantAccounts(day("2027-01-01"))).toBe(1);
  });

  it("only grants to registered tenants' organisations", async () => {
    const { officer } = await setUp();
    const panel = await db.group.create({ data: { name: "Scrutiny panel", type: "SCRUTINY_PANEL" } });
    await expect(
      applyForGrant({
        actor: officer,
        input: { groupId: panel.id, appliedOn: day("2026-05-01"), purpose: "Training day", amountRequested: 100_00 },
      }),
    ).rejects.toThrow("registered tenants' organisations");
  });
});
