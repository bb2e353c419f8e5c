import { describe, expect, it } from "vitest";
import {
  accountsOverdue,
  financialYearOfDay,
  formatPence,
  paymentProblem,
  parsePounds,
  percentSpent,
  remainingPence,
  spendLineChangeProblem,
  totalFigures,
} from "@/lib/budget/rules";
import { ZSpendLineCorrection } from "@/lib/budget/schemas";
import { reviewState } from "@/lib/policies/rules";
import { optionText, parsePercentChange, weeklyEffectPence, youSaidWeDid } from "@/lib/rent/rules";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("the involvement budget's arithmetic", () => {
  it("reads pounds as whole pence and refuses what is not money", () => {
    expect(parsePounds("£1,250.50")).toBe(125_050);
    expect(parsePounds("1250.5")).toBe(125_050);
    expect(parsePounds("0.07")).toBe(7);
    expect(parsePounds("12,50")).toBeNull();
    expect(parsePounds("-5")).toBeNull();
    expect(parsePounds("1.234")).toBeNull();
    expect(formatPence(125_050)).toBe("£1,250.50");
  });

  it("sums categories exactly and leaves what is neither committed nor spent", () => {
    const rows = [
      { category: "EVENTS" as const, budgetPence: 1_000_00, committedPence: 250_00, spentPence: 300_10 },
      { category: "TRAINING" as const, budgetPence: 500_00, committedPence: 0, spentPence: 600_00 },
    ];
    expect(totalFigures(rows)).toEqual({ budgetPence: 1_500_00, committedPence: 250_00, spentPence: 900_10 });
    expect(remainingPence(rows[0] as (typeof rows)[number])).toBe(449_90);
    expect(remainingPence(rows[1] as (typeof rows)[number])).toBe(-100_00);
    expect(percentSpent(900_10, 1_500_00)).toBe(60);
    expect(percentSpent(1, 0)).toBeNull();
  });

  it("puts a date in the financial year of its 1 April", () => {
    expect(financialYearOfDay(day("2027-03-31"))).toBe(2026);
    expect(financialYearOfDay(day("2026-04-01"))).toBe(2026);
  });
});

describe("correcting spending", () => {
  it("is allowed until the year's annual report is published, and never for a grant payment", () => {
    expect(spendLineChangeProblem({ grantId: null, yearClosed: false })).toBeNull();
    expect(spendLineChangeProblem({ grantId: null, yearClosed: true })).toMatch(/annual report .* is published/);
    expect(spendLineChangeProblem({ grantId: "g1", yearClosed: false })).toMatch(/kept with the grant/);
  });

  it("asks for the whole line again, each problem beside its field", () => {
    const result = ZSpendLineCorrection.safeParse({ spendLineId: "s1", spentOn: "", amount: "lots" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["spentOn", "amount", "category", "supplier", "description"]));
    const line = {
      spentOn: "2026-05-01",
      amount: "10",
      category: "EVENTS",
      supplier: "Hall",
      description: "Hire",
      status: "SPENT",
    };
    expect(ZSpendLineCorrection.safeParse(line).error?.issues.map((issue) => issue.path[0])).toEqual(["spendLineId"]);
    expect(ZSpendLineCorrection.parse({ ...line, spendLineId: "s1" })).toMatchObject({
      amount: 1000,
      spendLineId: "s1",
    });
  });
});

describe("grant rules", () => {
  const approved = { status: "APPROVED" as const, amountApprovedPence: 1_000_00, paidPence: 600_00 };

  it("pays up to what is left of the approval, never more", () => {
    expect(paymentProblem(approved, 400_00)).toBeNull();
    expect(paymentProblem(approved, 400_01)).toMatch(/more than is left to pay: £400.00/);
  });

  it("never pays a refused or undecided grant", () => {
    expect(paymentProblem({ status: "REFUSED", amountApprovedPence: null, paidPence: 0 }, 1)).toMatch(/refused/);
    expect(paymentProblem({ status: "APPLIED", amountApprovedPence: null, paidPence: 0 }, 1)).toMatch(/decision/);
  });

  it("flags accounts overdue only after the due date passes without them", () => {
    const grant = { accountsDueOn: day("2026-06-30"), accountsReceivedOn: null };
    expect(accountsOverdue(grant, day("2026-06-30"))).toBe(false);
    expect(accountsOverdue(grant, day("2026-07-01"))).toBe(true);
    expect(accountsOverdue({ ...grant, accountsReceivedOn: day("2026-07-02") }, day("2026-08-01"))).toBe(false);
  });
});

describe("policy reviews", () => {
  it("are overdue once the date passes and due within ninety days of it", () => {
    const today = day("2026-12-07");
    expect(reviewState(day("2026-12-06"), today)).toBe("OVERDUE");
    expect(reviewState(day("2026-12-07"), today)).toBe("DUE");
    expect(reviewState(day("2027-03-07"), today)).toBe("DUE");
    expect(reviewState(day("2027-03-08"), today)).toBe("NOT_DUE");
  });
});

describe("the rent options", () => {
  it("show their weekly effect on the average rent", () => {
    expect(parsePercentChange("+2.7%")).toBe(270);
    expect(parsePercentChange("-1")).toBe(-100);
    expect(parsePercentChange("two")).toBeNull();
    expect(weeklyEffectPence(115_56, 270)).toBe(312);
    expect(optionText({ label: "A", changeBasisPoints: 270 }, 115_56)).toBe(
      "Option A: rents rise by 2.7% (£3.12 a week on the average rent)",
    );
    expect(optionText({ label: "C", changeBasisPoints: 0 }, 115_56)).toBe("Option C: rents stay the same");
  });

  it("write You said, We did from the results and the decision", () => {
    const text = youSaidWeDid(
      [
        { label: "A", text: "Option A", votes: 3 },
        { label: "B", text: "Option B", votes: 1 },
      ],
      { label: "A", decidedOn: "12 February 2026", minuteReference: "BM/26/14", text: "Option A: rents rise by 2.7%" },
    );
    expect(text.youSaid).toBe("4 tenants chose an option: option A 75%, option B 25%.");
    expect(text.outcome).toContain("chose option A: rents rise by 2.7% on 12 February 2026 (minute BM/26/14)");
  });
});
