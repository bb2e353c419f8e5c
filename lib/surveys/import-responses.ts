import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import { parseSurveyRecords } from "@/lib/measures/parse-survey-csv";
import { confirmUpload } from "@/lib/uploads/confirm-upload";
import { byLine } from "@/lib/uploads/problems";
import { chunks, previewDigest } from "@/lib/uploads/rules";
import type { UploadConfirmation } from "@/lib/uploads/schemas";
import { isRoundClosedRefusal, requireOpen, ROUND_CLOSED, roundNotFound } from "./guards";
import { importRows } from "./rules";
import { measuresFor } from "./stored-answers";
import type { Actor } from "@/lib/auth/actor";

export const IMPORT_AUDIT_ACTION = "survey-round.responses.imported";

const WRITE_CHUNK = 1000;

/**
 * Every problem with a contractor's stored file for this round, the rows it would add and the digest of that
 * preview, which the confirm form carries back: nothing is written.
 */
export const checkResponsesFile = async (
  client: Tx | typeof db,
  round: { id: string; regime: Regime },
  upload: string,
  text: string,
) => {
  const definitions = measuresFor(round.regime);
  const parsed = await parseSurveyRecords(text, definitions);
  const existing = await client.perceptionResponse.findMany({
    where: { roundId: round.id },
    select: { respondentRef: true },
  });
  const refs = new Set(existing.map(({ respondentRef }) => respondentRef.toLowerCase()));
  const { rows, problems, ignored } = importRows(definitions, parsed.records, refs);
  return {
    rows,
    ignored,
    problems: [...parsed.problems, ...problems].sort(byLine),
    digest: previewDigest(upload, rows),
  };
};

/** Imports a checked file into an open round, every line or none, if it is still exactly what the officer checked. */
export const importResponses = async ({
  actor,
  roundId,
  confirmation,
}: {
  actor: Actor;
  roundId: string;
  confirmation: UploadConfirmation;
}) => {
  const round = await db.surveyRound.findUnique({
    where: { id: roundId },
    select: { id: true, regime: true, status: true },
  });
  if (!round) throw roundNotFound();
  requireOpen(round.status);
  try {
    return await confirmUpload(confirmation, (text, checkDigest) =>
      db.$transaction(
        async (tx) => {
          // Checked again inside the transaction: a tenant may have answered online since the preview.
          const { rows, problems, ignored, digest } = await checkResponsesFile(tx, round, confirmation.upload, text);
          if (problems.length > 0)
            throw new DomainError("The file has problems now. Check it again to see them; nothing was imported.");
          if (rows.length === 0) throw new DomainError("The file has no responses to import.");
          checkDigest(digest);
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
            details: { count: rows.length, answersIgnored: ignored, sha256: confirmation.upload },
          });
          return { count: rows.length };
        },
        // Tens of thousands of rows take seconds, not the five-second default.
        { maxWait: 10_000, timeout: 5 * 60_000 },
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(
        "Some respondents in the file answered while it was being imported. Check it again; nothing was imported.",
      );
    if (isRoundClosedRefusal(error)) throw new DomainError(ROUND_CLOSED);
    throw error;
  }
};
