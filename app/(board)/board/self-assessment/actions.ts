"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { getLandlord } from "@/lib/landlord/queries";
import { ZSignOff } from "@/lib/self-assessment/schemas";
import { signOffSelfAssessment } from "@/lib/self-assessment/sign-off-self-assessment";
import { financialYearLabel } from "@/lib/uk-time";

/** The board (or an administrator recording its decision) signs off; officers who wrote it do not. */
export const signOffSelfAssessmentAction = formAction(["BOARD", "ADMIN"], {
  schema: ZSignOff,
  run: async (signOff, user) => signOffSelfAssessment({ actor: user, regime: (await getLandlord()).regime, signOff }),
  done: (_result, { year }) => {
    revalidatePath("/board/self-assessment");
    revalidatePath("/staff/self-assessment", "layout");
    return { status: "ok", message: `The ${financialYearLabel(year)} self-assessment is signed off.` };
  },
});
