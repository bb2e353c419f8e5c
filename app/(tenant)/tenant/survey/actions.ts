"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { recordResponse } from "@/lib/surveys/record-response";
import { ZTenantAnswers } from "@/lib/surveys/schemas";

export const answerSurveyAction = formAction(AREA_ROLES.tenant, {
  schema: ZTenantAnswers,
  run: ({ roundId, screening, answers }, user) => {
    // The respondent is the signed-in customer, never a value from the form.
    if (!user.customerId) forbidden();
    return recordResponse({ roundId, method: "ONLINE", customerId: user.customerId, answers: { screening, answers } });
  },
  done: () => {
    revalidatePath("/tenant", "layout");
    redirect("/tenant/survey?sent=1");
  },
});
