import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { ResponseChannel } from "@/lib/generated/prisma/enums";
import { checkAnswers } from "@/lib/questions/rules";
import type { RawAnswers } from "@/lib/questions/types";
import { CONSULTATION_STATUS_LABEL, RESPONSE_CHANNEL_PHRASE } from "./labels";
import type { Actor } from "@/lib/auth/actor";
import { inOrder } from "./guards";
import { respondentSelect, toFacts } from "./respondents";
import { canAmend, effectiveStatus, isEligible } from "./rules";

type Options = {
  consultationId: string;
  channel: ResponseChannel;
  /** From the session for an online response; never from the form. */
  customerId?: string;
  /** For offline responses: the customer when known; left out for anonymous ones. */
  customerReference?: string;
  /** The officer typing in an offline response. */
  enteredBy?: Actor;
  answers: RawAnswers;
  now?: Date;
};

const NOT_OPEN = "This consultation is not open for responses. It may have closed.";

/** `channel` is how the earlier response came, when known; the field error is for the officer's form only. */
const alreadyResponded = (offline: boolean, channel?: ResponseChannel) =>
  new DomainError(
    `We already have a response from ${offline ? "this customer" : "you"}${channel ? `, ${RESPONSE_CHANNEL_PHRASE[channel]}` : ""}. Each customer can respond once.`,
    offline ? { customerReference: "This customer has already responded" } : {},
  );

// The database refuses what the application let through by mistake: its window trigger, its unique index.
const mapDatabaseRefusal = (error: unknown, offline: boolean) => {
  if (isUniqueViolation(error)) return alreadyResponded(offline);
  if (error instanceof Error && error.message.includes("not open for responses")) return new DomainError(NOT_OPEN);
  return error;
};

const findRespondent = async (customerId: string | undefined, customerReference: string | undefined) => {
  if (!customerId && !customerReference) return null;
  const customer = await db.customer.findFirst({
    where: customerId ? { id: customerId } : { reference: { equals: customerReference, mode: "insensitive" } },
    select: respondentSelect,
  });
  if (!customer) {
    throw new DomainError("We could not find that customer.", {
      customerReference: "Check the customer reference, like C00123",
    });
  }
  return toFacts(customer);
};

/**
 * Records a response, online or entered by an officer. One response per customer whatever the channel; an online
 * respondent may change their own answers until closing, which replaces the same response.
 */
export const submitResponse = async (options: Options) => {
  const { consultationId, channel, customerId, customerReference, enteredBy, answers, now = new Date() } = options;
  const consultation = await db.consultation.findUnique({ where: { id: consultationId } });
  if (!consultation || consultation.status === "DRAFT") throw notFoundError("consultation");
  const status = effectiveStatus(consultation, now);
  if (status !== "OPEN") {
    throw new DomainError(
      status === "SCHEDULED"
        ? "This consultation has not opened yet."
        : `${NOT_OPEN} (${CONSULTATION_STATUS_LABEL[status]})`,
    );
  }
  const customer = await findRespondent(customerId, customerReference);
  if (customer && !isEligible(customer, consultation)) {
    throw new DomainError(
      enteredBy
        ? "This customer is not in the audience for this consultation."
        : "This consultation is not open to you.",
      enteredBy ? { customerReference: "This customer cannot respond to this consultation" } : {},
    );
  }
  const questions = await db.consultationQuestion.findMany(inOrder(consultationId));
  const { rows, fieldErrors } = checkAnswers(questions, answers);
  if (Object.keys(fieldErrors).length > 0)
    throw new DomainError("Some answers need checking. They are marked below.", fieldErrors);

  try {
    return await db.$transaction(async (tx) => {
      const existing = customer
        ? await tx.consultationResponse.findUnique({
            where: { consultationId_customerId: { consultationId, customerId: customer.id } },
            select: { id: true, channel: true },
          })
        : null;
      if (existing && !canAmend(existing.channel, channel))
        throw alreadyResponded(Boolean(enteredBy), existing.channel);
      const snapshot = {
        channel,
        areaId: customer?.areaId ?? null,
        customerKind: customer?.kind ?? null,
        updatedAt: now,
      };
      const response = existing
        ? await tx.consultationResponse.update({ where: { id: existing.id }, data: snapshot, select: { id: true } })
        : await tx.consultationResponse.create({
            data: {
              ...snapshot,
              consultationId,
              customerId: customer?.id ?? null,
              enteredById: enteredBy?.id ?? null,
              submittedAt: now,
            },
            select: { id: true },
          });
      await tx.consultationAnswer.deleteMany({ where: { responseId: response.id } });
      await tx.consultationAnswer.createMany({ data: rows.map((row) => ({ ...row, responseId: response.id })) });
      if (enteredBy) {
        await recordAuditEvent(tx, {
          actorId: enteredBy.id,
          action: "consultation.response.entered",
          entityType: "Consultation",
          entityId: consultationId,
          details: { responseId: response.id, channel, customerId: customer?.id ?? null },
        });
      }
      return { id: response.id, updated: Boolean(existing) };
    });
  } catch (error) {
    throw mapDatabaseRefusal(error, Boolean(enteredBy));
  }
};
