"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { recordReportPresentation } from "@/lib/strategy/record-report-presentation";
import { ZPresentation } from "@/lib/strategy/schemas";

export const recordPresentationAction = formAction(AREA_ROLES.admin, {
  schema: ZPresentation,
  run: (input, user) => recordReportPresentation({ actor: user, ...input }),
  done: () => {
    revalidatePath("/board/strategy/report");
    return { status: "ok", message: "The report has been marked as presented." };
  },
});
