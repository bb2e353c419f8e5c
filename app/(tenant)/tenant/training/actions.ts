"use server";

import { revalidatePath } from "next/cache";
import { tenantFormAction } from "@/lib/actions/form-action";
import { requestTraining } from "@/lib/reach/training-requests";
import { ZTrainingWish } from "@/lib/reach/training-schemas";

export const requestTrainingAction = tenantFormAction({
  schema: ZTrainingWish,
  run: (wish, { customerId }) => requestTraining({ asker: { customerId }, wish }),
  done: () => {
    revalidatePath("/tenant/training");
    return { status: "ok", message: "Thank you. We will invite you when this training is running." };
  },
});
