"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { askForReview } from "@/lib/reviews/ask-for-review";
import { closeReview } from "@/lib/reviews/close-review";
import { ZAskForReview, ZCloseReview } from "@/lib/reviews/schemas";

export const askForReviewAction = formAction(AREA_ROLES.staff, {
  schema: ZAskForReview,
  run: (input, user) => askForReview({ actor: user, input }),
  done: ({ id }) => {
    revalidatePath("/tenant/reviews");
    redirect(`/staff/reviews/${id}`);
  },
});

export const closeReviewAction = formAction(AREA_ROLES.staff, {
  schema: ZCloseReview,
  run: ({ reviewId }, user) => closeReview({ actor: user, reviewId }),
  done: ({ id }) => {
    revalidatePath("/tenant/reviews");
    redirect(`/staff/reviews/${id}`);
  },
});
