"use server";

import { tenantFormAction } from "@/lib/actions/form-action";
import { saveEqualityAnswers } from "@/lib/people/save-equality-answers";
import { ZEqualityAnswers } from "@/lib/people/schemas";

export const saveMyEqualityAnswersAction = tenantFormAction({
  schema: ZEqualityAnswers,
  run: (answers, { customerId }) => saveEqualityAnswers({ customerId, answers }),
  done: () => ({ status: "ok", message: "Thank you. Your answers have been saved." }),
});
