"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { count } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { saveReturnFigures } from "@/lib/regulatory-return/save-return-figures";
import { ZReturnFigures, ZReturnSubmission } from "@/lib/regulatory-return/schemas";
import { submitReturn } from "@/lib/regulatory-return/submit-return";
import { financialYearLabel } from "@/lib/uk-time";

const refresh = () => {
  revalidatePath("/staff/measures/return");
  revalidatePath("/board/measures/return");
};

export const saveReturnFiguresAction = formAction(AREA_ROLES.staff, {
  schema: ZReturnFigures,
  run: async (input, user) => saveReturnFigures({ actor: user, regime: (await getLandlord()).regime, input }),
  done: (_result, { year, figures }) => {
    refresh();
    return { status: "ok", message: `Saved ${count(figures.length, "figure")} for ${financialYearLabel(year)}.` };
  },
});

export const submitReturnAction = formAction(AREA_ROLES.staff, {
  schema: ZReturnSubmission,
  run: async (submission, user) => submitReturn({ actor: user, regime: (await getLandlord()).regime, submission }),
  done: (_result, { year, reference }) => {
    refresh();
    return {
      status: "ok",
      message: `The ${financialYearLabel(year)} return is marked submitted, reference ${reference}.`,
    };
  },
});
