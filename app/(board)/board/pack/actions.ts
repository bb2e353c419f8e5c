"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { answerBoardQuestion, askBoardQuestion } from "@/lib/kpi/board-questions";
import { requestCommentary } from "@/lib/kpi/commentary-requests";
import { presentPack } from "@/lib/kpi/present-pack";
import { savePackCommentary } from "@/lib/kpi/save-pack-commentary";
import { ZBoardAnswer, ZBoardQuestion, ZCommentaryRequest, ZPackCommentary, ZPackSignOff } from "@/lib/kpi/schemas";

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
  run: ({ year, quarter, signedOffBy, signedOffOn, minuteRef, unexplained }, user) =>
    presentPack({
      actor: user,
      quarter: { year, quarter },
      signOff: { signedOffBy, signedOffOn, minuteRef, unexplained },
    }),
  done: () => {
    revalidatePath("/board/pack");
    return { status: "ok", message: "The pack has been signed off and frozen as presented." };
  },
});

export const requestCommentaryAction = formAction(AREA_ROLES.staff, {
  schema: ZCommentaryRequest,
  run: ({ year, quarter, officerId, dueOn, kpiCode }, user) =>
    requestCommentary({ actor: user, quarter: { year, quarter }, officerId, dueOn, kpiCode: kpiCode ?? undefined }),
  done: ({ requested }) => {
    revalidatePath("/board/pack");
    return {
      status: "ok",
      message: `Commentary asked for on ${requested} ${requested === 1 ? "KPI" : "KPIs"}; the officer has been emailed.`,
    };
  },
});

export const askQuestionAction = formAction(AREA_ROLES.board, {
  schema: ZBoardQuestion,
  run: ({ year, quarter, about, question }, user) =>
    askBoardQuestion({ actor: user, quarter: { year, quarter }, about, question }),
  done: () => {
    revalidatePath("/board/pack");
    return { status: "ok", message: "Your question has been sent. The answer will be in the pack." };
  },
});

export const answerQuestionAction = formAction(AREA_ROLES.staff, {
  schema: ZBoardAnswer,
  run: ({ id, answer }, user) => answerBoardQuestion({ actor: user, id, answer }),
  done: () => {
    revalidatePath("/board/pack");
    return { status: "ok", message: "The answer has been saved in the pack." };
  },
});
