"use server";

import { headers } from "next/headers";
import { publicFormAction } from "@/lib/actions/form-action";
import { formClient } from "@/lib/auth/client-ip";
import { limitPublicForm } from "@/lib/auth/public-form-limit";
import { recordUsefulness, ZUsefulness } from "@/lib/communications/record-usefulness";

export const usefulnessAction = publicFormAction({
  schema: ZUsefulness,
  run: async (input) => {
    await limitPublicForm("newsUseful", formClient(await headers()));
    return recordUsefulness(input);
  },
  done: () => ({ status: "ok", message: "Thank you for telling us." }),
});
