"use server";

import { revalidatePath } from "next/cache";
import { tenantFormAction } from "@/lib/actions/form-action";
import { ZOnlineResponse } from "@/lib/consultations/schemas";
import { submitResponse } from "@/lib/consultations/submit-response";

export const respondAction = tenantFormAction({
  schema: ZOnlineResponse,
  run: ({ consultationId, ...answers }, { customerId }) =>
    submitResponse({ consultationId, channel: "ONLINE", customerId, answers }),
  done: (result, { consultationId }) => {
    revalidatePath(`/tenant/consultations/${consultationId}`);
    return {
      status: "ok",
      message: result.updated
        ? "Thank you. Your changed answers have been saved."
        : "Thank you. Your response has been saved.",
    };
  },
});
