"use server";

import { redirect } from "next/navigation";
import { tenantFormAction } from "@/lib/actions/form-action";
import { ZActivity, ZEvaluation } from "@/lib/reach/evaluation-schemas";
import { submitEvaluation } from "@/lib/reach/evaluations";

export const submitEvaluationAction = tenantFormAction({
  schema: ZEvaluation.extend({ activityKind: ZActivity.shape.kind, activityId: ZActivity.shape.id }),
  run: ({ activityKind, activityId, ...answers }, { customerId }) =>
    submitEvaluation({ customerId, activity: { kind: activityKind, id: activityId }, answers }),
  done: () => redirect("/tenant/evaluations?sent=1"),
});
