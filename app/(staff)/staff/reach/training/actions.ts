"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { inviteRequesters, requestTraining } from "@/lib/reach/training-requests";
import { ZCourseRef, ZTrainingWish } from "@/lib/reach/training-schemas";

export const inviteRequestersAction = formAction(AREA_ROLES.staff, {
  schema: ZCourseRef,
  run: ({ courseId }, user) => inviteRequesters({ actor: user, courseId }),
  // The button goes once nobody is left to invite, so the outcome is shown by the page, not beside the button.
  done: ({ invited }) => redirect(`/staff/reach/training?invited=${invited}`),
});

/** A member of staff's own training wish: their user, never a customer record. */
export const requestStaffTrainingAction = formAction(AREA_ROLES.staff, {
  schema: ZTrainingWish,
  run: (wish, user) => requestTraining({ asker: { userId: user.id }, wish }),
  done: () => {
    revalidatePath("/staff/reach/training");
    return { status: "ok", message: "Thank you. We will invite you when this training is running." };
  },
});
