import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { isStaff, type Actor } from "@/lib/auth/actor";
import { findCustomerByReference } from "./find-customer";
import { emailRegistration } from "./email-registration";
import { needsFromRecord } from "./needs-from-record";
import { lockEvent } from "./places";
import { placeFor, registrationWindowProblem } from "./rules";
import type { RegistrationNeeds } from "./schemas";

type Options = {
  actor: Actor;
  eventId: string;
  /** A tenant's own customer id from the session, or the reference of the customer an officer registers. */
  customer: { id: string } | { reference: string };
  needs: RegistrationNeeds;
  now?: Date;
};

const withRecord = (asked: RegistrationNeeds, record: RegistrationNeeds): RegistrationNeeds => ({
  needsTransport: asked.needsTransport || record.needsTransport,
  needsHearingLoop: asked.needsHearingLoop || record.needsHearingLoop,
  interpreterLanguage: asked.interpreterLanguage ?? record.interpreterLanguage,
  dietaryNeeds: asked.dietaryNeeds,
});

const ALREADY = "This person is already registered for this event, or on its waiting list.";

/** Gives a place, or a waiting-list place when the event is full; refuses outside the window or a second time. */
export const registerForEvent = async (options: Options) => {
  const registration = await createRegistration(options);
  // After the commit, so a refused or rolled-back registration is never confirmed.
  await emailRegistration(registration.id);
  return registration;
};

const createRegistration = async ({ actor, eventId, customer, needs: asked, now = new Date() }: Options) => {
  try {
    return await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      const problem = registrationWindowProblem(event, now);
      if (problem) throw new DomainError(problem);
      const customerId = "id" in customer ? customer.id : (await findCustomerByReference(tx, customer.reference)).id;
      // Staff register people who phone or call in: what the record says is added to what they were told.
      const needs = "id" in customer ? asked : withRecord(asked, await needsFromRecord(tx, customerId));
      const existing = await tx.eventRegistration.findUnique({
        where: { eventId_customerId: { eventId, customerId } },
        select: { id: true },
      });
      if (existing) throw new DomainError(ALREADY);
      const registered = await tx.eventRegistration.count({ where: { eventId, status: "REGISTERED" } });
      const status = placeFor(event.capacity, registered);
      const registration = await tx.eventRegistration.create({
        data: { eventId, customerId, status, registeredAt: now, ...needs },
        select: { id: true, status: true },
      });
      if (isStaff(actor)) {
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "event.registration.created_for_customer",
          entityType: "EventRegistration",
          entityId: registration.id,
          details: { eventId, customerId, status },
        });
      }
      return registration;
    });
  } catch (error) {
    // The database's unique key is the last word if two identical requests slip past the check.
    if (isUniqueViolation(error)) throw new DomainError(ALREADY);
    throw error;
  }
};
