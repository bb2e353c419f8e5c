"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { presentPack } from "@/lib/kpi/present-pack";
import { savePackCommentary } from "@/lib/kpi/save-pack-commentary";
import { ZPackCommentary, ZPackSignOff } from "@/lib/kpi/schemas";

export const savePackCommentaryAction = formAction(AREA_ROLES.staff, {
  schema: ZPackCommentary,
  run: ({ quarter, commentary }, user) => savePackCommentary({ actor: user, quarter, commentary }),
  done: () => {
    revalidatePath("/board/pack");
    return { status: "ok", message: "The commentary has been saved." };
  },
});

export const presentPackAction = formAction(AREA_ROLES.staff, {
  schema: ZPackSignOff,
  run: ({ year, quarter, signedOffBy, signedOffOn, minuteRef }, user) =>
    presentPack({ actor: user, quarter: { year, quarter }, signOff: { signedOffBy, signedOffOn, minuteRef } }),
  done: () => {
    revalidatePath("/board/pack");
    return { status: "ok", message: "The pack has been signed off and frozen as presented." };
  },
});
