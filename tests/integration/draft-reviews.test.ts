import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDraftComment } from "@/lib/reviews/add-draft-comment";
import { askForReview } from "@/lib/reviews/ask-for-review";
import { closeReview } from "@/lib/reviews/close-review";
import { getReviewForMember, getReviewForOfficer, listDraftsToReview } from "@/lib/reviews/queries";
import { ukToday } from "@/lib/uk-time";
import { createUser } from "@/tests/factories";
import { createDraft } from "@/tests/factories/communications";
import { createReadersPanel, tenantWithAccount } from "@/tests/factories/reviews";

const inDays = (days: number) => new Date(ukToday(new Date()).getTime() + days * 24 * 60 * 60 * 1000);

const setUp = async () => {
  const officer = await createUser({ role: "OFFICER" });
  const panel = await createReadersPanel();
  const draft = await createDraft();
  const review = await askForReview({
    actor: officer,
    input: { subjectKind: "NEWSLETTER", subjectId: draft.id, groupId: panel.group.id, closesOn: inDays(7) },
  });
  return { officer, ...panel, draft, review };
};

describe("draft review by a group", () => {
  it("lets a current member read the draft and comment on a section; the officer sees it beside the draft", async () => {
    const { member, review, draft } = await setUp();
    expect(await db.auditEvent.count({ where: { action: "draft-review.asked", entityId: review.id } })).toBe(1);

    const drafts = await listDraftsToReview(member);
    expect(drafts.map((d) => [d.title, d.open])).toEqual([["Spring newsletter", true]]);
    await addDraftComment({
      actor: member,
      input: { reviewId: review.id, section: "Gardens", text: "Say which Tuesday." },
    });
    await addDraftComment({ actor: member, input: { reviewId: review.id, text: "Clear and friendly." } });

    const forMember = await getReviewForMember(review.id, member);
    expect(forMember?.comments.map((c) => c.section)).toEqual(["Gardens", null]);
    const forOfficer = await getReviewForOfficer(review.id);
    expect(forOfficer?.draft.staffHref).toBe(`/staff/communications/${draft.id}`);
    expect(forOfficer?.comments.map((c) => [c.section, c.text, c.author.name])).toEqual([
      ["Gardens", "Say which Tuesday.", member.name],
      [null, "Clear and friendly.", member.name],
    ]);
  });

  it("treats a former member and a stranger as if the review did not exist", async () => {
    const { former, review } = await setUp();
    const stranger = await tenantWithAccount();
    for (const outsider of [former, stranger]) {
      expect(await getReviewForMember(review.id, outsider)).toBeNull();
      expect(await listDraftsToReview(outsider)).toEqual([]);
      await expect(
        addDraftComment({ actor: outsider, input: { reviewId: review.id, text: "Let me in" } }),
      ).rejects.toMatchObject({ code: "not-found" });
    }
    expect(await db.draftComment.count()).toBe(0);
  });

  it("lets a councillor (a member without a customer record) read and comment, in the group space's list too", async () => {
    const { group, review } = await setUp();
    const councillor = await createUser({ role: "MEMBER" });
    await db.groupMembership.create({
      data: { groupId: group.id, userId: councillor.id, kind: "COUNCILLOR", startedOn: inDays(-30) },
    });
    expect((await listDraftsToReview(councillor, new Date(), group.id)).map((d) => d.id)).toEqual([review.id]);
    await addDraftComment({ actor: councillor, input: { reviewId: review.id, text: "Fine by the ward." } });
    expect((await getReviewForMember(review.id, councillor))?.comments.map((c) => c.text)).toEqual([
      "Fine by the ward.",
    ]);
  });

  it("keeps a draft from a member of another group, and from one whose membership starts later", async () => {
    const { review, group } = await setUp();
    const other = await createReadersPanel();
    const otherCouncillor = await createUser({ role: "MEMBER" });
    const notYet = await createUser({ role: "MEMBER" });
    await db.groupMembership.createMany({
      data: [
        { groupId: other.group.id, userId: otherCouncillor.id, kind: "COUNCILLOR", startedOn: inDays(-30) },
        {
          groupId: group.id,
          userId: notYet.id,
          kind: "COUNCILLOR",
          startedOn: inDays(5),
        },
      ],
    });
    for (const outsider of [other.member, otherCouncillor, notYet]) {
      expect(await getReviewForMember(review.id, outsider)).toBeNull();
      expect(await listDraftsToReview(outsider)).toEqual([]);
      expect(await listDraftsToReview(outsider, new Date(), group.id)).toEqual([]);
      await expect(
        addDraftComment({ actor: outsider, input: { reviewId: review.id, text: "Let me in" } }),
      ).rejects.toMatchObject({ code: "not-found" });
    }
    expect(await db.draftComment.count()).toBe(0);
  });

  it("refuses a section the draft does not have", async () => {
    const { member, review } = await setUp();
    await expect(
      addDraftComment({ actor: member, input: { reviewId: review.id, section: "Parking", text: "Hm" } }),
    ).rejects.toMatchObject({ fieldErrors: { section: "Choose a section from the list" } });
  });

  it("takes no comments once closed, by the server's rule and by the database's", async () => {
    const { officer, member, review } = await setUp();
    await closeReview({ actor: officer, reviewId: review.id });
    expect(await db.auditEvent.count({ where: { action: "draft-review.closed", entityId: review.id } })).toBe(1);
    await expect(closeReview({ actor: officer, reviewId: review.id })).rejects.toThrow("closed already");
    await expect(addDraftComment({ actor: member, input: { reviewId: review.id, text: "Too late?" } })).rejects.toThrow(
      "This review has closed",
    );
    // Past the server's check, the trigger still refuses: a closed review, and one whose closing day has passed.
    await expect(
      db.draftComment.create({ data: { reviewId: review.id, authorId: member.id, text: "Sneaked in" } }),
    ).rejects.toThrow(/is closed and takes no comments/);
    const lapsed = await db.draftReview.create({
      data: {
        subjectKind: "NEWSLETTER",
        subjectId: review.id,
        groupId: (await db.draftReview.findUniqueOrThrow({ where: { id: review.id } })).groupId,
        closesOn: inDays(-2),
        createdAt: inDays(-5),
      },
    });
    await expect(
      db.draftComment.create({ data: { reviewId: lapsed.id, authorId: member.id, text: "Sneaked in" } }),
    ).rejects.toThrow(/is closed and takes no comments/);
    expect(await db.draftComment.count()).toBe(0);
  });

  it("refuses a past closing date, a sent newsletter and an empty comment", async () => {
    const { officer, member, review, group } = await setUp();
    const draft = await createDraft();
    await expect(
      askForReview({
        actor: officer,
        input: { subjectKind: "NEWSLETTER", subjectId: draft.id, groupId: group.id, closesOn: inDays(-1) },
      }),
    ).rejects.toMatchObject({ fieldErrors: { closesOn: "The closing date must be today or later" } });
    await db.communication.update({ where: { id: draft.id }, data: { status: "SENT", sentAt: new Date() } });
    await expect(
      askForReview({
        actor: officer,
        input: { subjectKind: "NEWSLETTER", subjectId: draft.id, groupId: group.id, closesOn: inDays(3) },
      }),
    ).rejects.toThrow("no longer a draft");
    await expect(
      db.draftComment.create({ data: { reviewId: review.id, authorId: member.id, text: "  " } }),
    ).rejects.toThrow(/DraftComment_text_check/);
    expect(await db.draftReview.count()).toBe(1);
  });
});
