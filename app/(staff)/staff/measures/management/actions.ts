"use server";

import { revalidatePath } from "next/cache";
import { expireBoardFigures } from "@/lib/kpi/board-figures";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { QUARTER_LABEL } from "@/lib/management-figures/rules";
import { ZManagementQuarter } from "@/lib/management-figures/schemas";
import { saveManagementQuarter } from "@/lib/management-figures/save-management-quarter";
import { financialYearLabel } from "@/lib/uk-time";
import { count } from "@/lib/format";

export const saveManagementQuarterAction = formAction(AREA_ROLES.staff, {
  schema: ZManagementQuarter,
  run: (quarter, user) => saveManagementQuarter({ actor: user, quarter }),
  done: (_result, { year, quarter, figures }) => {
    revalidatePath("/staff/measures/management");
    revalidatePath("/board/measures");
    expireBoardFigures();
    return {
      status: "ok",
      message: `Saved ${count(figures.length, "figure")} for ${QUARTER_LABEL[quarter]}, ${financialYearLabel(year)}.`,
    };
  },
});
