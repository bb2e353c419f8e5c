import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { PACK_PRESENTED } from "./save-pack-commentary";
import type { Quarter } from "@/lib/uk-time";

/** The pack's items other than KPIs a board member may ask about. */
export const QUESTION_ITEMS = {
  STRATEGY: "Strategy action plan",
  SCRUTINY: "Scrutiny actions",
  FEEDBACK: "Feedback themes",
  SURVEY: "Survey results",
  BUDGET: "Involvement budget",
  OTHER: "Something else in the pack",
} as const;

export type QuestionItem = keyof typeof QUESTION_ITEMS;

const refuseIfPresented = async (tx: Pick<typeof db, "performancePack">, quarter: Quarter) => {
  const pack = await tx.performancePack.findUnique({ where: { year_quarter: quarter }, select: { presentedAt: true } });
  if (pack?.presentedAt) throw new DomainError(PACK_PRESENTED);
};

type Ask = {
  actor: Actor;
  quarter: Quarter;
  about: { kpiCode: string } | { item: QuestionItem };
  question: string;
};

/** A board member's question before the meeting, on a KPI in the library or another item of the pack. */
export const askBoardQuestion = async ({ actor, quarter, about, question }: Ask) =>
  db.$transaction(async (tx) => {
    await refuseIfPresented(tx, quarter);
    let subject: string;
    if ("kpiCode" in about) {
      const kpi = await tx.kpi.findUnique({ where: { code: about.kpiCode }, select: { code: true, name: true } });
      if (!kpi) throw new DomainError("Choose a KPI from the list", { about: "Choose a KPI from the list" });
      subject = `${kpi.code} ${kpi.name}`;
    } else subject = QUESTION_ITEMS[about.item];
    const kpiCode = "kpiCode" in about ? about.kpiCode : null;
    return tx.boardQuestion.create({
      data: { ...quarter, kpiCode, subject, question, askedById: actor.id },
      select: { id: true },
    });
  });

/** The officer's answer, which goes into the pack beside the question; it can be corrected until sign-off. */
export const answerBoardQuestion = async ({ actor, id, answer }: { actor: Actor; id: string; answer: string }) =>
  db.$transaction(async (tx) => {
    const question = await tx.boardQuestion.findUnique({ where: { id }, select: { year: true, quarter: true } });
    if (!question) throw notFoundError("question");
    await refuseIfPresented(tx, question);
    await tx.boardQuestion.update({
      where: { id },
      data: { answer, answeredById: actor.id, answeredAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.board_question_answered",
      entityType: "BoardQuestion",
      entityId: id,
      details: {},
    });
  });
