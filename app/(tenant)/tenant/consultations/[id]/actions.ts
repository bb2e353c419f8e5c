"use server";

import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZOnlineResponse } from "@/lib/consultations/schemas";
import { submitResponse } from "@/lib/consultations/submit-response";

export const respondAction = formAction(AREA_ROLES.tenant, {
  schema: ZOnlineResponse,
  run: ({ consultationId, ...answers }, user) => {
    // The respondent is the signed-in customer, never a value from the form.
    if (!user.customerId) forbidden();
    return submitResponse({ consultationId, channel: "ONLINE", customerId: user.customerId, answers });
  },
  done: (result, { consultationId }) => {
    revalidatePath(`/tenant/consultations/${consultationId}`);
    return {
      status: "ok",
      message: result.updated ? "Thank you. Your changed answers have been saved." : "Thank you. Your response has been saved.",
    };
  },
});
