import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoDay, ukToday } from "@/lib/uk-time";
import { meetingAgreementProblem } from "./rules";
import { auditScrutiny, lockReview } from "./shared";

type Options = {
  actor: Actor;
  reviewId: string;
  agreedAtMeetingOn: Date;
  agreedMinuteReference: string;
  now?: Date;
};

/**
 * An officer records that the panel agreed its report at a meeting (its date and the minute), the alternative to
 * the portal's vote for panels that decide in the room. It agrees the report exactly as a successful vote does, so
 * the report can then go to the landlord; reopening the report clears it as it clears a vote.
 */
export const recordMeetingAgreement = async ({
  actor,
  reviewId,
  agreedAtMeetingOn,
  agreedMinuteReference,
  now = new Date(),
}: Options) =>
  db.$transaction(async (tx) => {
    await lockReview(tx, reviewId);
    const content = await tx.scrutinyReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { status: true, findings: true, reportAgreedAt: true, recommendations: { select: { response: true } } },
    });
    const problem = meetingAgreementProblem(content, agreedAtMeetingOn, ukToday(now));
    if (problem)
      throw new DomainError(`${problem.message}.`, problem.field ? { [problem.field]: problem.message } : {});
    await tx.scrutinyReview.update({
      where: { id: reviewId },
      data: { reportAgreedAt: now, agreedAtMeetingOn, agreedMinuteReference },
    });
    await auditScrutiny(tx, actor, "report.agreed_at_meeting", "ScrutinyReview", reviewId, {
      agreedAtMeetingOn: isoDay(agreedAtMeetingOn),
      agreedMinuteReference,
    });
  });
