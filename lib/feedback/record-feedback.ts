import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { CALENDAR_YEARS } from "@/lib/measures/bank-holidays";
import { yearOf } from "@/lib/measures/dates";
import { loadClock, today } from "./clock";
import type { OfficerFeedback } from "./schemas";
import { insertFeedback } from "./submit-feedback";

type Options = { actor: Actor; input: OfficerFeedback; now?: Date };

/** Feedback an officer takes from a call, letter, visit or email, dated the day it reached the landlord. */
export const recordFeedback = async ({ actor, input, now = new Date() }: Options) => {
  const { customerReference, receivedOn, ...rest } = input;
  if (receivedOn > today(now))
    throw new DomainError("The date it reached us cannot be in the future.", {
      receivedOn: "Enter a date that is not in the future",
    });
  if (yearOf(receivedOn) < CALENDAR_YEARS.first) {
    throw new DomainError("That date is too long ago to count working days.", {
      receivedOn: `Enter a date in ${CALENDAR_YEARS.first} or later`,
    });
  }
  const customer = customerReference
    ? await db.customer.findUnique({ where: { reference: customerReference.toUpperCase() }, select: { id: true } })
    : null;
  if (customerReference && !customer) {
    throw new DomainError("There is no customer with that reference.", {
      customerReference: "Enter a customer reference like C00001, or leave it blank",
    });
  }
  const clock = await loadClock();
  return db.$transaction(async (tx) => {
    const created = await insertFeedback(
      tx,
      {
        ...rest,
        receivedOn,
        enteredById: actor.id,
        ...(customer
          ? { customerId: customer.id, contactName: undefined, contactEmail: undefined, contactPhone: undefined }
          : {}),
      },
      clock,
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.recorded",
      entityType: "Feedback",
      entityId: created.id,
      details: { kind: rest.kind, channel: rest.channel, receivedOn },
    });
    return created;
  });
};
