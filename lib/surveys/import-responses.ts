import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import { chunks } from "@/lib/people/import/rules";
import { discardUpload, readUpload } from "@/lib/uploads/upload-store";
import { parseSurveyRecords } from "../measures/parse-survey-csv";
import { byLine } from "../uploads/problems";
import { measuresFor } from "./stored-answers";
import { isRoundClosedRefusal, requireOpen, ROUND_CLOSED, roundNotFound, type Actor } from "./guards";
import { importRows } from "./rules";

export const IMPORT_AUDIT_ACTION = "survey-round.responses.imported";

const WRITE_CHUNK = 1000;

const FILE_GONE = "We no longer have that file. Upload it again to check and import it.";

/** Every problem with a contractor's file for this round, and the rows it would add: nothing is written. */
export const checkResponsesFile = async (client: Tx | typeof db, round: { id: string; regime: Regime }, text: string) => {
  const definitions = measuresFor(round.regime);
  const parsed = parseSurveyRecords(text, definitions);
  const existing = await client.perceptionResponse.findMany({ where: { roundId: round.id }, select: { respondentRef: true } });
  const refs = new Set(existing.map(({ respondentRef }) => respondentRef.toLowerCase()));
  const { rows, problems, leftOut } = importRows(definitions, parsed.records, refs);
  return { rows, leftOut, problems: [...parsed.problems, ...problems].sort(byLine) };
};

/** Imports a checked file into an open round: every line or none, then deletes the file, which holds personal data. */
export const importResponses = async ({ actor, roundId, upload }: { actor: Actor; roundId: string; upload: string }) => {
  const round = await db.surveyRound.findUnique({ where: { id: roundId }, select: { id: true, regime: true, status: true } });
  if (!round) throw roundNotFound();
  requireOpen(round.status);
  const text = await readUpload(upload);
  if (text === null) throw new DomainError(FILE_GONE);
  try {
    const count = await db.$transaction(async (tx) => {
      // Checked again inside the transaction: a tenant may have answered online since the preview.
      const { rows, problems, leftOut } = await checkResponsesFile(tx, round, text);
      if (problems.length > 0) throw new DomainError("The file has problems now. Check it again to see them; nothing was imported.");
      if (rows.length === 0) throw new DomainError("The file has no responses to import.");
      const data = rows.map(({ respondentRef, tenure, method, collectedOn, answers }) => ({
        roundId,
        respondentRef,
        tenure,
        method,
        collectedOn,
        enteredById: actor.id,
        ...answers,
      }));
      // About 25 values a row: 1,000 rows a statement stays well under PostgreSQL's 65,535 bound values.
      for (const chunk of chunks(data, WRITE_CHUNK)) await tx.perceptionResponse.createMany({ data: chunk });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: IMPORT_AUDIT_ACTION,
        entityType: "SurveyRound",
        entityId: roundId,
        details: { count: rows.length, answersLeftOut: leftOut },
      });
      return rows.length;
    });
    await discardUpload(upload);
    return { count };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("Some respondents in the file answered while it was being imported. Check it again; nothing was imported.");
    if (isRoundClosedRefusal(error)) throw new DomainError(ROUND_CLOSED);
    throw error;
  }
};
