import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { SurveyMethod } from "@/lib/generated/prisma/enums";
import { getLandlord } from "@/lib/landlord/queries";
import { ukDay } from "@/lib/uk-time";
import { measuresFor } from "./stored-answers";
import { isRoundClosedRefusal, requireOpen, ROUND_CLOSED, roundNotFound } from "./guards";
import { METHOD_PHRASE } from "./labels";
import { checkAnswers, collectedOnProblem, respondentTenure } from "./rules";
import type { QuestionnaireInput } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

type Options = {
  roundId: string;
  method: SurveyMethod;
  /** From the session for an online response; never from the form. */
  customerId?: string;
  /** Typed by an officer entering a telephone, paper or face-to-face response. */
  customerReference?: string;
  enteredBy?: Actor;
  collectedOn?: Date;
  answers: QuestionnaireInput;
  now?: Date;
};

const alreadyAnswered = (byOfficer: boolean, method?: SurveyMethod | null) =>
  new DomainError(
    byOfficer
      ? `This customer has already answered in this round${method ? `, ${METHOD_PHRASE[method]}` : ""}. Each customer answers once.`
      : "You have already answered, thank you. Each person answers once.",
    byOfficer ? { customerReference: "This customer has already answered in this round" } : {},
  );

const findCustomer = async (customerId: string | undefined, customerReference: string | undefined) => {
  const customer = await db.customer.findFirst({
    where: customerId ? { id: customerId } : { reference: { equals: customerReference ?? "", mode: "insensitive" } },
    select: { id: true, reference: true, kind: true, status: true, home: { select: { stockType: true } } },
  });
  if (!customer)
    throw new DomainError("We could not find that customer.", {
      customerReference: "Check the customer reference, like C00123",
    });
  return customer;
};

/**
 * Records one respondent's answers: a tenant online, or an officer typing in a telephone, paper or face-to-face
 * interview. One response per customer per round, backed by the database's unique index; the open-round trigger
 * refuses a write that races a close.
 */
export const recordResponse = async (options: Options) => {
  const { roundId, method, customerId, customerReference, enteredBy, collectedOn, answers, now = new Date() } = options;
  const byOfficer = Boolean(enteredBy);
  const round = await db.surveyRound.findUnique({
    where: { id: roundId },
    select: { id: true, regime: true, status: true },
  });
  if (!round) throw roundNotFound();
  // Tenants answer only the survey of their landlord's regulator; officers enter what the round is for.
  if (!byOfficer && round.regime !== (await getLandlord()).regime) throw roundNotFound();
  requireOpen(round.status);
  const customer = await findCustomer(customerId, customerReference);
  const tenure = respondentTenure(round.regime, {
    kind: customer.kind,
    status: customer.status,
    stockType: customer.home?.stockType ?? null,
  });
  if (!tenure) {
    throw new DomainError(
      byOfficer
        ? "This customer is not asked in this survey."
        : "This survey is for current tenants and shared owners, so it is not open to you.",
      byOfficer
        ? { customerReference: "Only current tenants, joint tenants and shared owners with a home in scope can answer" }
        : {},
    );
  }
  const existing = await db.perceptionResponse.findUnique({
    where: { roundId_customerId: { roundId, customerId: customer.id } },
    select: { method: true },
  });
  if (existing) throw alreadyAnswered(byOfficer, existing.method);
  const { stored, fieldErrors } = checkAnswers(measuresFor(round.regime), answers.screening, answers.answers);
  const dateProblem = collectedOnProblem(collectedOn, ukDay(now));
  if (dateProblem) fieldErrors.collectedOn = dateProblem;
  if (Object.keys(fieldErrors).length > 0)
    throw new DomainError("Some answers need checking. They are marked below.", fieldErrors);

  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.perceptionResponse.create({
        data: {
          roundId,
          respondentRef: customer.reference,
          customerId: customer.id,
          tenure,
          method,
          collectedOn: collectedOn ?? new Date(`${ukDay(now)}T00:00:00Z`),
          enteredById: enteredBy?.id ?? null,
          submittedAt: now,
          ...stored,
        },
        select: { id: true },
      });
      if (enteredBy) {
        await recordAuditEvent(tx, {
          actorId: enteredBy.id,
          action: "survey-round.response.entered",
          entityType: "SurveyRound",
          entityId: roundId,
          details: { responseId: response.id, method, customerId: customer.id },
        });
      }
      return response;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyAnswered(byOfficer);
    if (isRoundClosedRefusal(error)) throw new DomainError(ROUND_CLOSED);
    throw error;
  }
};
