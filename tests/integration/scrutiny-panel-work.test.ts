import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { addEvidence } from "@/lib/scrutiny/add-evidence";
import { addRecommendation } from "@/lib/scrutiny/add-recommendation";
import { castReportVote } from "@/lib/scrutiny/cast-report-vote";
import { changeReviewStatus } from "@/lib/scrutiny/change-review-status";
import { createReview } from "@/lib/scrutiny/create-review";
import { openEvidenceFile } from "@/lib/scrutiny/evidence-file";
import { recordMeetingAgreement } from "@/lib/scrutiny/record-meeting-agreement";
import { reviseRecommendation } from "@/lib/scrutiny/revise-recommendation";
import { saveFindings } from "@/lib/scrutiny/save-findings";
import { updateReview } from "@/lib/scrutiny/update-review";
import { createLandlord, createUser } from "@/tests/factories";
import { createGroupMember } from "@/tests/factories/groups";

const NOW = new Date("2026-06-10T10:00:00Z");

const details = (panelId: string) => ({
  panelId,
  title: "Damp and mould",
  topicSource: "KPI" as const,
  topicDetail: "Repeat damp reports",
  scope: "How damp reports are handled",
  outcomeCodes: [],
});

/** A panel of three members and a review being written, with one recommendation drafted by a member. */
const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  const panel = await createGroup({ actor: officer, details: { name: "Scrutiny Panel", type: "SCRUTINY_PANEL" } });
  const other = await createGroup({ actor: officer, details: { name: "Other Panel", type: "SCRUTINY_PANEL" } });
  const [ann, bob, cat] = [
    await createGroupMember(panel.id),
    await createGroupMember(panel.id),
    await createGroupMember(panel.id),
  ];
  const outsider = await createGroupMember(other.id);
  const review = await createReview({ actor: officer, details: details(panel.id) });
  for (const status of ["GATHERING_EVIDENCE", "REPORTING"] as const)
    await changeReviewStatus({ actor: officer, reviewId: review.id, status, now: NOW });
  return { officer, panel, review, ann, bob, cat, outsider };
};

describe("the scrutiny panel's own review", () => {
  it("lets members add evidence, and refuses a member of another group as if the review did not exist", async () => {
    const { review, ann, outsider } = await setUp();
    const evidence = { reviewId: review.id, kind: "SITE_VISIT" as const, gatheredOn: new Date("2026-06-01") };
    await addEvidence({ actor: ann, ...evidence, note: "Visited three flats", now: NOW });
    const saved = await db.scrutinyEvidence.findFirstOrThrow({ where: { reviewId: review.id } });
    expect(saved).toMatchObject({ addedById: ann.id, note: "Visited three flats" });
    await expect(addEvidence({ actor: outsider, ...evidence, note: "Sneaky", now: NOW })).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(castReportVote({ actor: outsider, reviewId: review.id, vote: "FOR", now: NOW })).rejects.toMatchObject(
      { code: "not-found" },
    );
    expect(await db.scrutinyEvidence.count()).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { action: "scrutiny.evidence.added" } })).toMatchObject({
      actorId: ann.id,
    });
  });

  it("keeps every wording of the findings and recommendations, with who wrote it", async () => {
    const { review, ann, bob, officer } = await setUp();
    await saveFindings({ actor: ann, reviewId: review.id, findings: "Reports wait too long", now: NOW });
    await saveFindings({ actor: bob, reviewId: review.id, findings: "Reports wait 40 days", now: NOW });
    const recommendation = await addRecommendation({
      actor: ann,
      reviewId: review.id,
      text: "Visit in ten days",
      outcomeCodes: [],
      now: NOW,
    });
    await reviseRecommendation({
      actor: officer,
      recommendationId: recommendation.id,
      text: "Visit in 10 days",
      now: NOW,
    });
    const revisions = await db.scrutinyTextRevision.findMany({
      where: { reviewId: review.id },
      orderBy: { createdAt: "asc" },
      select: { authorId: true, text: true, recommendationId: true },
    });
    expect(revisions).toEqual([
      { authorId: ann.id, text: "Reports wait too long", recommendationId: null },
      { authorId: bob.id, text: "Reports wait 40 days", recommendationId: null },
      { authorId: ann.id, text: "Visit in ten days", recommendationId: recommendation.id },
      { authorId: officer.id, text: "Visit in 10 days", recommendationId: recommendation.id },
    ]);
    expect(await db.auditEvent.findFirst({ where: { action: "scrutiny.recommendation.redrafted" } })).toMatchObject({
      actorId: officer.id,
      details: expect.objectContaining({ as: "officer" }),
    });
  });

  it("agrees the report by the recorded vote rule, then closes the vote and freezes the draft", async () => {
    const { review, panel, ann, bob, cat, officer } = await setUp();
    await saveFindings({ actor: ann, reviewId: review.id, findings: "Reports wait 40 days", now: NOW });
    await addRecommendation({ actor: ann, reviewId: review.id, text: "Visit in 10 days", outcomeCodes: [], now: NOW });
    await expect(
      changeReviewStatus({ actor: officer, reviewId: review.id, status: "AWAITING_RESPONSE", now: NOW }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/agree the report, by its vote or at a meeting/) });
    await expect(castReportVote({ actor: officer, reviewId: review.id, vote: "FOR", now: NOW })).rejects.toMatchObject({
      message: "Only members of the panel vote on its report.",
    });

    expect(await castReportVote({ actor: ann, reviewId: review.id, vote: "FOR", now: NOW })).toMatchObject({
      agreed: false,
      quorum: 2,
    });
    expect(await castReportVote({ actor: bob, reviewId: review.id, vote: "FOR", now: NOW })).toMatchObject({
      agreed: true,
    });
    await expect(castReportVote({ actor: cat, reviewId: review.id, vote: "AGAINST", now: NOW })).rejects.toMatchObject({
      message: expect.stringMatching(/vote is closed/),
    });
    // The database refuses a late vote too, whatever the code does.
    await expect(
      db.scrutinyReportVote.create({ data: { reviewId: review.id, voterId: cat.id, vote: "AGAINST" } }),
    ).rejects.toThrow(/vote is closed/);
    await expect(
      saveFindings({ actor: cat, reviewId: review.id, findings: "Rewritten", now: NOW }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/agreed this report/) });
    await expect(
      updateReview({ actor: officer, reviewId: review.id, details: { ...details(panel.id), findings: "Officer's" } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/agreed this report/) });

    const votes = await db.scrutinyReportVote.findMany({ where: { reviewId: review.id }, select: { voterId: true } });
    expect(votes.map((vote) => vote.voterId).sort()).toEqual([ann.id, bob.id].sort());
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "AWAITING_RESPONSE", now: NOW });

    // Sent back to be rewritten: the agreement and votes are cleared, and the panel votes again.
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "REPORTING", now: NOW });
    expect(await db.scrutinyReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      reportAgreedAt: null,
    });
    expect(await db.scrutinyReportVote.count()).toBe(0);
  });

  it("audits an officer's edit of the scope and findings", async () => {
    const { review, panel, officer } = await setUp();
    await updateReview({
      actor: officer,
      reviewId: review.id,
      details: { ...details(panel.id), findings: "Officer's summary" },
    });
    expect(await db.auditEvent.findFirst({ where: { action: "scrutiny.review.updated" } })).toMatchObject({
      actorId: officer.id,
      entityId: review.id,
    });
    expect(await db.scrutinyTextRevision.findFirst({ where: { reviewId: review.id } })).toMatchObject({
      authorId: officer.id,
      text: "Officer's summary",
    });
  });

  it("does not count a member who has left, nor let them work on the review", async () => {
    const { review, ann, bob } = await setUp();
    await db.groupMembership.updateMany({
      where: { customerId: bob.customerId },
      data: { endedOn: new Date("2026-05-01") },
    });
    await expect(
      addEvidence({
        actor: bob,
        reviewId: review.id,
        kind: "NOTE",
        gatheredOn: new Date("2026-06-01"),
        note: "x",
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await saveFindings({ actor: ann, reviewId: review.id, findings: "Found", now: NOW });
    await addRecommendation({ actor: ann, reviewId: review.id, text: "Do it", outcomeCodes: [], now: NOW });
    // Two current members: a quorum is both of them.
    expect(await castReportVote({ actor: ann, reviewId: review.id, vote: "FOR", now: NOW })).toMatchObject({
      quorum: 2,
      agreed: false,
    });
  });

  it("lets an officer record the panel's agreement at a meeting instead of the vote, audited, and clears it on reopening", async () => {
    const { officer, review, ann } = await setUp();
    const agreement = { actor: officer, reviewId: review.id, agreedMinuteReference: "7.2", now: NOW };
    await expect(recordMeetingAgreement({ ...agreement, agreedAtMeetingOn: new Date("2026-06-09") })).rejects.toThrow(
      "needs findings and at least one recommendation",
    );
    await saveFindings({ actor: ann, reviewId: review.id, findings: "Reports wait 40 days", now: NOW });
    await addRecommendation({ actor: ann, reviewId: review.id, text: "Visit in 10 days", outcomeCodes: [], now: NOW });
    await expect(
      recordMeetingAgreement({ ...agreement, agreedAtMeetingOn: new Date("2026-06-11") }),
    ).rejects.toMatchObject({ fieldErrors: { agreedAtMeetingOn: "The meeting must have taken place" } });
    expect((await db.scrutinyReview.findUniqueOrThrow({ where: { id: review.id } })).reportAgreedAt).toBeNull();

    await recordMeetingAgreement({ ...agreement, agreedAtMeetingOn: new Date("2026-06-09") });
    expect(await db.scrutinyReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      reportAgreedAt: NOW,
      agreedAtMeetingOn: new Date("2026-06-09"),
      agreedMinuteReference: "7.2",
    });
    expect(
      await db.auditEvent.findFirst({ where: { action: "scrutiny.report.agreed_at_meeting", entityId: review.id } }),
    ).toMatchObject({
      actorId: officer.id,
      details: { agreedAtMeetingOn: "2026-06-09", agreedMinuteReference: "7.2" },
    });
    await expect(recordMeetingAgreement({ ...agreement, agreedAtMeetingOn: new Date("2026-06-09") })).rejects.toThrow(
      "already agreed",
    );
    await expect(castReportVote({ actor: ann, reviewId: review.id, vote: "FOR", now: NOW })).rejects.toThrow(
      "already agreed",
    );
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "AWAITING_RESPONSE", now: NOW });

    // Reopening clears the agreement; the database refuses a meeting agreement on an unagreed report.
    await changeReviewStatus({ actor: officer, reviewId: review.id, status: "REPORTING", now: NOW });
    expect(await db.scrutinyReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      reportAgreedAt: null,
      agreedAtMeetingOn: null,
      agreedMinuteReference: null,
    });
    await expect(
      db.scrutinyReview.update({
        where: { id: review.id },
        data: { agreedAtMeetingOn: new Date("2026-06-09"), agreedMinuteReference: "7.2" },
      }),
    ).rejects.toThrow(/ScrutinyReview_agreed_at_meeting/);
  });

  it("keeps a member's evidence file, checked by its bytes, for the panel and officers only", async () => {
    const { officer, panel, review, ann, outsider } = await setUp();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const evidence = { reviewId: review.id, kind: "SITE_VISIT" as const, gatheredOn: new Date("2026-06-01") };
    const added = await addEvidence({
      actor: ann,
      ...evidence,
      note: "Photo of the damp wall",
      file: new File([png], "wall.pdf", { type: "application/pdf" }),
      now: NOW,
    });
    expect(await db.scrutinyEvidence.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      fileName: "wall.png",
      fileType: "image/png",
      fileSize: png.length,
    });
    const ids = { groupId: panel.id, reviewId: review.id, evidenceId: added.id };
    expect(await openEvidenceFile(ann, ids)).toMatchObject({ type: "image/png", fileName: "wall.png" });
    expect(await openEvidenceFile({ ...officer, customerId: null }, ids)).toMatchObject({ type: "image/png" });
    // Another panel's member, the board and a stranger: as if there were no file.
    const board = await createUser({ role: "BOARD" });
    expect(await openEvidenceFile(outsider, ids)).toBeNull();
    expect(
      await openEvidenceFile(outsider, {
        ...ids,
        groupId: (await db.groupMembership.findFirstOrThrow({ where: { customerId: outsider.customerId } })).groupId,
      }),
    ).toBeNull();
    expect(await openEvidenceFile({ ...board, customerId: null }, ids)).toBeNull();
    expect(await openEvidenceFile(null, ids)).toBeNull();

    // A file that is none of the three kinds is refused beside the field, and nothing is written.
    await expect(
      addEvidence({
        actor: ann,
        ...evidence,
        note: "Not really a PDF",
        file: new File(["<script>"], "report.pdf", { type: "application/pdf" }),
        now: NOW,
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: "The file must be a PDF, JPEG or PNG" } });
    await expect(
      addEvidence({ actor: outsider, ...evidence, note: "Sneaky", file: new File([png], "x.png"), now: NOW }),
    ).rejects.toMatchObject({ code: "not-found" });
    expect(await db.scrutinyEvidence.count()).toBe(1);
  });
});
