import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { assuranceEvidence } from "@/lib/outcomes/queries";
import { addEvidence } from "@/lib/scrutiny/add-evidence";
import { addRecommendation } from "@/lib/scrutiny/add-recommendation";
import { changeReviewStatus } from "@/lib/scrutiny/change-review-status";
import { createReview } from "@/lib/scrutiny/create-review";
import { getReview, listRecommendationsForExport, listReviews, recommendationCounts } from "@/lib/scrutiny/queries";
import { recordProgress } from "@/lib/scrutiny/record-progress";
import { respondToRecommendation } from "@/lib/scrutiny/respond-to-recommendation";
import { trackerCsv } from "@/lib/scrutiny/tracker-csv";
import { updateReview } from "@/lib/scrutiny/update-review";
import { castReportVote } from "@/lib/scrutiny/cast-report-vote";
import { createLandlord, createUser } from "@/tests/factories";
import { createGroupMember } from "@/tests/factories/groups";

const NOW = new Date("2026-06-10T10:00:00Z");
const day = (value: string) => new Date(`${value}T00:00:00Z`);

const details = (panelId: string) => ({
  panelId,
  title: "Repairs appointments",
  topicSource: "FEEDBACK_THEME" as const,
  topicDetail: "Missed appointments",
  scope: "How appointments are kept",
  outcomeCodes: ["EN:SQ"],
});

const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  const panel = await createGroup({ actor: officer, details: { name: "Scrutiny Panel", type: "SCRUTINY_PANEL" } });
  const review = await createReview({ actor: officer, details: details(panel.id) });
  return { officer, panel, review };
};

/** A review taken to "awaiting response" with two recommendations. */
const reportSent = async () => {
  const context = await setUp();
  const { officer, panel, review } = context;
  const move = (status: "GATHERING_EVIDENCE" | "REPORTING" | "AWAITING_RESPONSE") =>
    changeReviewStatus({ actor: officer, reviewId: review.id, status, now: NOW });
  await move("GATHERING_EVIDENCE");
  await addEvidence({
    actor: officer,
    reviewId: review.id,
    kind: "MYSTERY_SHOPPING",
    gatheredOn: day("2026-05-01"),
    note: "Ten calls",
    now: NOW,
  });
  await move("REPORTING");
  await updateReview({
    actor: officer,
    reviewId: review.id,
    details: { ...details(panel.id), findings: "One in eight missed" },
  });
  const first = await addRecommendation({
    actor: officer,
    reviewId: review.id,
    text: "Text on the day",
    outcomeCodes: ["EN:SQ"],
  });
  const second = await addRecommendation({
    actor: officer,
    reviewId: review.id,
    text: "Pay compensation",
    outcomeCodes: ["EN:TIA"],
  });
  const member = await createGroupMember(panel.id);
  await castReportVote({ actor: member, reviewId: review.id, vote: "FOR", now: NOW });
  await move("AWAITING_RESPONSE");
  return { ...context, first, second };
};

describe("scrutiny reviews", () => {
  it("is run only by a scrutiny panel and tagged only with the landlord's regime's outcomes", async () => {
    const { officer } = await setUp();
    const residents = await createGroup({ actor: officer, details: { name: "Residents", type: "RESIDENTS_GROUP" } });
    await expect(createReview({ actor: officer, details: details(residents.id) })).rejects.toMatchObject({
      fieldErrors: { panelId: "Choose a scrutiny panel" },
    });
    const panel = await db.group.findFirstOrThrow({ where: { type: "SCRUTINY_PANEL" } });
    await expect(
      createReview({ actor: officer, details: { ...details(panel.id), outcomeCodes: ["SC:3"] } }),
    ).rejects.toMatchObject({
      fieldErrors: { outcomeCodes: "Choose outcomes from your regulator's list" },
    });
    expect(await db.scrutinyReview.count()).toBe(1);
  });

  it("keeps a draft out of public view and refuses to skip stages or send a report without findings", async () => {
    const { officer, review } = await setUp();
    expect(await getReview(review.id, "public")).toBeNull();
    expect(await getReview(review.id, "staff")).toMatchObject({ status: "SCOPING" });
    expect(await listReviews("public")).toEqual([]);
    await expect(
      changeReviewStatus({ actor: officer, reviewId: review.id, status: "PUBLISHED", now: NOW }),
    ).rejects.toMatchObject({
      message: "A review cannot move to that stage from where it is now",
    });
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "GATHERING_EVIDENCE", now: NOW });
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "REPORTING", now: NOW });
    await expect(
      changeReviewStatus({ actor: officer, reviewId: review.id, status: "AWAITING_RESPONSE", now: NOW }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Record the findings/),
    });
    expect(await db.auditEvent.count({ where: { action: "scrutiny.review.status_changed" } })).toBe(2);
  });

  it("takes the landlord's responses, publishes only when all are answered, then freezes the report", async () => {
    const { officer, panel, review, first, second } = await reportSent();
    await expect(
      changeReviewStatus({ actor: officer, reviewId: review.id, status: "PUBLISHED", now: NOW }),
    ).rejects.toMatchObject({
      message: "The landlord must respond to every recommendation before the report is published",
    });
    await expect(
      respondToRecommendation({
        actor: officer,
        details: { recommendationId: second.id, response: "REJECTED" },
        now: NOW,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { responseReason: "Say why the recommendation is rejected" },
    });
    await respondToRecommendation({
      actor: officer,
      details: {
        recommendationId: first.id,
        response: "ACCEPTED",
        action: "Morning texts",
        actionOwner: "Head of Repairs",
        dueOn: day("2026-06-01"),
      },
      now: NOW,
    });
    await respondToRecommendation({
      actor: officer,
      details: { recommendationId: second.id, response: "REJECTED", responseReason: "Policy covers it" },
      now: NOW,
    });
    expect(await getReview(review.id, "public")).toBeNull();
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "PUBLISHED", now: NOW });

    const published = await getReview(review.id, "public");
    expect(published).toMatchObject({ publishedAt: NOW, findings: "One in eight missed" });
    expect(published?.recommendations.map((r) => r.response)).toEqual(["ACCEPTED", "REJECTED"]);
    await expect(
      updateReview({ actor: officer, reviewId: review.id, details: details(panel.id) }),
    ).rejects.toMatchObject({
      message: "A published report cannot be changed.",
    });
    await expect(
      addRecommendation({ actor: officer, reviewId: review.id, text: "Late", outcomeCodes: [] }),
    ).rejects.toMatchObject({
      message: "A published report cannot be changed.",
    });
    await expect(
      respondToRecommendation({
        actor: officer,
        details: { recommendationId: second.id, response: "REJECTED", responseReason: "Changed" },
        now: NOW,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/before it is published/) });
  });

  it("tracks an agreed action to completion, flags it overdue meanwhile, and refuses progress on a rejected one", async () => {
    const { officer, first, second } = await reportSent();
    await respondToRecommendation({
      actor: officer,
      details: {
        recommendationId: first.id,
        response: "PARTLY_ACCEPTED",
        responseReason: "Weekdays only",
        action: "Texts",
        actionOwner: "Repairs",
        dueOn: day("2026-06-01"),
      },
      now: NOW,
    });
    await respondToRecommendation({
      actor: officer,
      details: { recommendationId: second.id, response: "REJECTED", responseReason: "No" },
      now: NOW,
    });
    expect(await recommendationCounts(NOW)).toEqual({
      reviews: 1,
      awaitingResponse: 0,
      openActions: 1,
      overdue: 1,
      complete: 0,
    });

    await recordProgress({
      actor: officer,
      recommendationId: first.id,
      note: "Supplier chosen",
      recordedOn: day("2026-06-05"),
      completes: false,
      now: NOW,
    });
    await recordProgress({
      actor: officer,
      recommendationId: first.id,
      note: "Live",
      recordedOn: day("2026-06-10"),
      completes: true,
      now: NOW,
    });
    await expect(
      recordProgress({
        actor: officer,
        recommendationId: first.id,
        note: "Again",
        recordedOn: day("2026-06-10"),
        completes: true,
        now: NOW,
      }),
    ).rejects.toMatchObject({ message: "Progress is recorded only on an agreed action that is not yet complete." });
    await expect(
      recordProgress({
        actor: officer,
        recommendationId: second.id,
        note: "No",
        recordedOn: day("2026-06-10"),
        completes: false,
        now: NOW,
      }),
    ).rejects.toMatchObject({ message: "Progress is recorded only on an agreed action that is not yet complete." });
    expect(await recommendationCounts(NOW)).toEqual({
      reviews: 1,
      awaitingResponse: 0,
      openActions: 0,
      overdue: 0,
      complete: 1,
    });
    expect(await db.recommendationUpdate.count()).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "scrutiny.recommendation.progress" } })).toBe(2);

    const csv = trackerCsv(await listRecommendationsForExport(), NOW);
    expect(csv.split("\r\n")[1]).toBe(
      "Repairs appointments,Awaiting the landlord's response,1,Text on the day,Partly accepted,Weekdays only,Texts,Repairs,2026-06-01,2026-06-10,Complete,Safety and Quality Standard",
    );
  });

  it("refuses in the database a rejection without a reason and an action without an owner", async () => {
    const { first } = await reportSent();
    await expect(
      db.scrutinyRecommendation.update({ where: { id: first.id }, data: { response: "REJECTED", respondedAt: NOW } }),
    ).rejects.toThrow(/ScrutinyRecommendation_response_check/);
    await expect(
      db.scrutinyRecommendation.update({
        where: { id: first.id },
        data: { response: "ACCEPTED", action: "Do", dueOn: NOW, respondedAt: NOW },
      }),
    ).rejects.toThrow(/ScrutinyRecommendation_response_check/);
  });

  it("lists published evidence per outcome for the financial year", async () => {
    const { officer, review, first, second } = await reportSent();
    await respondToRecommendation({
      actor: officer,
      details: {
        recommendationId: first.id,
        response: "ACCEPTED",
        action: "Texts",
        actionOwner: "Repairs",
        dueOn: day("2026-09-01"),
      },
      now: NOW,
    });
    await respondToRecommendation({
      actor: officer,
      details: { recommendationId: second.id, response: "REJECTED", responseReason: "No" },
      now: NOW,
    });
    const before = await assuranceEvidence("ENGLAND", 2026);
    expect(before.flatMap((entry) => entry.items)).toEqual([]);
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "PUBLISHED", now: NOW });

    const evidence = await assuranceEvidence("ENGLAND", 2026);
    const byCode = Object.fromEntries(
      evidence.map(({ outcome, items }) => [outcome.code, items.map((item) => `${item.kind}: ${item.title}`)]),
    );
    expect(byCode).toEqual({
      "EN:SQ": ["Scrutiny review: Repairs appointments", "Recommendation: Recommendation 1 of Repairs appointments"],
      "EN:TIA": ["Recommendation: Recommendation 2 of Repairs appointments"],
      "EN:NC": [],
      "EN:TEN": [],
    });
    // Each recommendation carries what it said, not only its number.
    const texts = await db.scrutinyRecommendation.findMany({ orderBy: { number: "asc" }, select: { text: true } });
    expect(
      evidence
        .flatMap(({ items }) => items)
        .filter((item) => item.kind === "Recommendation")
        .map((item) => item.detail),
    ).toEqual(texts.map((row) => row.text));
    expect((await assuranceEvidence("ENGLAND", 2025)).flatMap((entry) => entry.items)).toEqual([]);
  });

  it("lists KPIs tagged with an outcome in each year they were in the library, linked to their dashboard tile", async () => {
    await createLandlord();
    const kpi = (code: string, outcomeCodes: string[], createdAt: string, retiredAt?: string) =>
      db.kpi.create({
        data: {
          code,
          name: `KPI ${code}`,
          description: "Demo",
          unit: "COUNT",
          direction: "HIGHER_IS_BETTER",
          section: "INVOLVEMENT",
          source: "MANUAL",
          owner: "Officer",
          outcomeCodes,
          createdAt: day(createdAt),
          retiredAt: retiredAt ? day(retiredAt) : null,
        },
      });
    await kpi("INV01", ["EN:TIA", "EN:NC"], "2025-01-01");
    await kpi("GAS", ["EN:SQ"], "2026-09-01");
    await kpi("OLD", ["EN:SQ"], "2024-01-01", "2026-03-01"); // retired before 2026/27 began
    await kpi("NEXT", ["EN:SQ"], "2027-05-01"); // added after 2026/27 ended
    await kpi("UNTAGGED", [], "2025-01-01");
    const evidence = await assuranceEvidence("ENGLAND", 2026);
    const byCode = Object.fromEntries(
      evidence.map(({ outcome, items }) => [
        outcome.code,
        items.map((item) => [item.kind, item.title, item.href, item.date.toISOString().slice(0, 10), item.kpiCode]),
      ]),
    );
    expect(byCode).toEqual({
      "EN:SQ": [["KPI", "GAS KPI GAS", "/board#kpi-GAS", "2026-09-01", "GAS"]],
      // Dated from the start of the year (midnight UK time on 1 April) when added before it.
      "EN:TIA": [["KPI", "INV01 KPI INV01", "/board#kpi-INV01", "2026-03-31", "INV01"]],
      "EN:NC": [["KPI", "INV01 KPI INV01", "/board#kpi-INV01", "2026-03-31", "INV01"]],
      "EN:TEN": [],
    });
    const earlier = await assuranceEvidence("ENGLAND", 2025);
    expect(earlier.find(({ outcome }) => outcome.code === "EN:SQ")?.items.map((item) => item.title)).toEqual([
      "OLD KPI OLD",
    ]);
  });
});
