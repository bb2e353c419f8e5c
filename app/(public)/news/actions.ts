"use server";

import { publicFormAction } from "@/lib/actions/form-action";
import { recordUsefulness, ZUsefulness } from "@/lib/communications/record-usefulness";

export const usefulnessAction = publicFormAction({
  schema: ZUsefulness,
  run: (input) => recordUsefulness(input),
  done: () => ({ status: "ok", message: "Thank you for telling us." }),
});
