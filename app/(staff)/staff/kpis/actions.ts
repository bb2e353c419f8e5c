"use server";

import { revalidatePath } from "next/cache";
import { expireBoardFigures } from "@/lib/kpi/board-figures";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createKpi } from "@/lib/kpi/create-kpi";
import { enterKpiValue } from "@/lib/kpi/enter-kpi-value";
import { ZKpiDetails, ZKpiEdit, ZKpiTarget, ZKpiValue } from "@/lib/kpi/schemas";
import { setKpiTarget } from "@/lib/kpi/set-kpi-target";
import { updateKpi } from "@/lib/kpi/update-kpi";

const refresh = () => {
  revalidatePath("/staff/kpis", "layout");
  revalidatePath("/board", "layout");
  expireBoardFigures();
};

export const createKpiAction = formAction(AREA_ROLES.staff, {
  schema: ZKpiDetails,
  run: (details, user) => createKpi({ actor: user, details }),
  done: (kpi) => {
    refresh();
    redirect(`/staff/kpis/${kpi.id}`);
  },
});

export const updateKpiAction = formAction(AREA_ROLES.staff, {
  schema: ZKpiEdit,
  run: ({ kpiId, ...details }, user) => updateKpi({ actor: user, kpiId, details }),
  done: () => {
    refresh();
    return { status: "ok", message: "The KPI has been saved." };
  },
});

export const setKpiTargetAction = formAction(AREA_ROLES.staff, {
  schema: ZKpiTarget,
  run: (input, user) => setKpiTarget({ actor: user, input }),
  done: () => {
    refresh();
    return { status: "ok", message: "The target has been saved." };
  },
});

export const enterKpiValueAction = formAction(AREA_ROLES.staff, {
  schema: ZKpiValue,
  run: (input, user) => enterKpiValue({ actor: user, input }),
  done: () => {
    refresh();
    return { status: "ok", message: "The figure has been saved." };
  },
});
