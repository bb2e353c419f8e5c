"use server";

import { revalidatePath } from "next/cache";
import { expireBoardFigures } from "@/lib/kpi/board-figures";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addEvidence } from "@/lib/scrutiny/add-evidence";
import { addRecommendation } from "@/lib/scrutiny/add-recommendation";
import { changeReviewStatus } from "@/lib/scrutiny/change-review-status";
import { createReview } from "@/lib/scrutiny/create-review";
import { REVIEW_STATUS_LABEL } from "@/lib/scrutiny/labels";
import { recordMeetingAgreement } from "@/lib/scrutiny/record-meeting-agreement";
import { recordProgress } from "@/lib/scrutiny/record-progress";
import { respondToRecommendation } from "@/lib/scrutiny/respond-to-recommendation";
import {
  ZEvidence,
  ZMeetingAgreement,
  ZProgressUpdate,
  ZRecommendation,
  ZResponse,
  ZReviewDetails,
  ZReviewStatus,
  ZReviewUpdate,
} from "@/lib/scrutiny/schemas";
import { updateReview } from "@/lib/scrutiny/update-review";

// Staff, board and public pages all show a review: each change refreshes every view of it.
const refresh = (reviewId: string) => {
  for (const path of [
    `/staff/scrutiny/${reviewId}`,
    "/staff/scrutiny",
    `/board/scrutiny/${reviewId}`,
    "/board/scrutiny",
    "/board/assurance",
  ]) {
    revalidatePath(path);
  }
  // The public list and report are cached per viewer under /as/<viewer>/scrutiny: expire every public copy.
  revalidatePublicPages();
  // Open and overdue recommendations are KPIs on the board dashboard.
  expireBoardFigures();
};

export const createReviewAction = formAction(AREA_ROLES.staff, {
  schema: ZReviewDetails,
  run: (details, user) => createReview({ actor: user, details }),
  done: (review) => {
    refresh(review.id);
    redirect(`/staff/scrutiny/${review.id}?created=1`);
  },
});

export const updateReviewAction = formAction(AREA_ROLES.staff, {
  schema: ZReviewUpdate,
  run: ({ reviewId, ...details }, user) => updateReview({ actor: user, reviewId, details }),
  done: (_result, { reviewId }) => {
    refresh(reviewId);
    redirect(`/staff/scrutiny/${reviewId}?saved=1`);
  },
});

export const changeReviewStatusAction = formAction(AREA_ROLES.staff, {
  schema: ZReviewStatus,
  run: (input, user) => changeReviewStatus({ actor: user, ...input }),
  done: ({ status }, { reviewId }) => {
    refresh(reviewId);
    return { status: "ok", message: `The review is now at the stage: ${REVIEW_STATUS_LABEL[status]}.` };
  },
});

export const meetingAgreementAction = formAction(AREA_ROLES.staff, {
  schema: ZMeetingAgreement,
  run: (input, user) => recordMeetingAgreement({ actor: user, ...input }),
  done: (_result, { reviewId }) => {
    refresh(reviewId);
    revalidatePath("/groups", "layout");
    return { status: "ok", message: "The panel's agreement has been recorded. The report can go to the landlord." };
  },
});

export const addEvidenceAction = formAction(AREA_ROLES.staff, {
  schema: ZEvidence,
  run: (input, user) => addEvidence({ actor: user, ...input }),
  done: (_result, { reviewId }) => {
    refresh(reviewId);
    return { status: "ok", message: "The evidence has been logged." };
  },
});

export const addRecommendationAction = formAction(AREA_ROLES.staff, {
  schema: ZRecommendation,
  run: (input, user) => addRecommendation({ actor: user, ...input }),
  done: ({ number }, { reviewId }) => {
    refresh(reviewId);
    return { status: "ok", message: `Recommendation ${number} has been added.` };
  },
});

export const respondAction = formAction(AREA_ROLES.staff, {
  schema: ZResponse,
  run: (details, user) => respondToRecommendation({ actor: user, details }),
  done: ({ reviewId }) => {
    refresh(reviewId);
    return { status: "ok", message: "The landlord's response has been saved." };
  },
});

export const recordProgressAction = formAction(AREA_ROLES.staff, {
  schema: ZProgressUpdate,
  run: (input, user) => recordProgress({ actor: user, ...input }),
  done: ({ reviewId }) => {
    refresh(reviewId);
    return { status: "ok", message: "The progress update has been saved." };
  },
});
