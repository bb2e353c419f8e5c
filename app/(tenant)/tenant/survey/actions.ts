"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { tenantFormAction } from "@/lib/actions/form-action";
import { recordResponse } from "@/lib/surveys/record-response";
import { ZTenantAnswers } from "@/lib/surveys/schemas";

export const answerSurveyAction = tenantFormAction({
  schema: ZTenantAnswers,
  run: ({ roundId, screening, answers }, { customerId }) =>
    recordResponse({ roundId, method: "ONLINE", customerId, answers: { screening, answers } }),
  done: () => {
    revalidatePath("/tenant", "layout");
    redirect("/tenant/survey?sent=1");
  },
});
