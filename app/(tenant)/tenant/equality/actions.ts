"use server";

import { forbidden } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { saveEqualityAnswers } from "@/lib/people/save-equality-answers";
import { ZEqualityAnswers } from "@/lib/people/schemas";

export const saveMyEqualityAnswersAction = formAction(AREA_ROLES.tenant, {
  schema: ZEqualityAnswers,
  run: async (answers, user) => {
    if (!user.customerId) forbidden();
    await saveEqualityAnswers({ customerId: user.customerId, answers });
  },
  done: () => ({ status: "ok", message: "Thank you. Your answers have been saved." }),
});
