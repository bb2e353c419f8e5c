import { db } from "@/lib/db";

/** The reviews a panel runs, newest first, for the panel's own space (drafts included: it is their work). */
export const listPanelReviews = (panelId: string) =>
  db.scrutinyReview.findMany({
    where: { panelId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, reportAgreedAt: true },
  });

/**
 * One review as the panel works on it: evidence with who added it, the draft's every wording, the votes, and
 * the landlord's responses and progress coming back. Scoped to the panel, so another group's review is null.
 */
export const getPanelReview = (panelId: string, reviewId: string) =>
  db.scrutinyReview.findFirst({
    where: { id: reviewId, panelId },
    select: {
      id: true,
      title: true,
      scope: true,
      status: true,
      findings: true,
      reportAgreedAt: true,
      agreedAtMeetingOn: true,
      agreedMinuteReference: true,
      panel: { select: { name: true } },
      evidence: {
        orderBy: [{ gatheredOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          gatheredOn: true,
          note: true,
          fileName: true,
          addedBy: { select: { name: true } },
        },
      },
      recommendations: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          text: true,
          response: true,
          responseReason: true,
          action: true,
          actionOwner: true,
          dueOn: true,
          completedOn: true,
          updates: {
            orderBy: [{ recordedOn: "asc" }, { createdAt: "asc" }],
            select: { id: true, note: true, recordedOn: true, completes: true },
          },
        },
      },
      textRevisions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          text: true,
          createdAt: true,
          author: { select: { name: true } },
          recommendation: { select: { number: true } },
        },
      },
      votes: {
        orderBy: { castAt: "asc" },
        select: { id: true, vote: true, castAt: true, voter: { select: { name: true } } },
      },
    },
  });

export type PanelReview = NonNullable<Awaited<ReturnType<typeof getPanelReview>>>;
