import { z } from "zod";
import { ZConfirmed } from "@/lib/confirm";
import { checkboxes, optionalQueryParam, optionalText } from "@/lib/forms";
import { EventFormat, EventKind } from "@/lib/generated/prisma/enums";
import { parsePartners } from "./rules";
import { fromUkDateTime } from "@/lib/uk-time";

const id = z.string().trim().min(1).max(50);
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), id.optional());

/** A date and time typed in UK local time (a datetime-local field), as the instant it names. */
export const ukDateTime = (missing: string) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const date = fromUkDateTime(value);
      if (!date) ctx.addIssue({ code: "custom", message: "Enter a real date and time, like 1 December 2026 at 18:30" });
      return date ?? z.NEVER;
    });

const optionalUkDateTime = z.preprocess(
  (value) => (value === "" ? undefined : value),
  ukDateTime("Enter a date and time").optional(),
);

/** An event as officers enter it. Times are UK wall-clock times. */
export const ZEventInput = z
  .object({
    title: z.string().trim().min(1, "Enter the event's name").max(120, "The name must be 120 characters or fewer"),
    description: optionalText(2000, "The description must be 2,000 characters or fewer"),
    kind: z.enum(EventKind, "Choose the kind of event"),
    format: z.enum(EventFormat, "Choose whether the event is in person, online or both"),
    venue: optionalText(200, "The venue must be 200 characters or fewer"),
    joiningLink: optionalText(500, "The joining link must be 500 characters or fewer").refine(
      (value) => value === undefined || /^https:\/\/[^\s]+$/.test(value),
      "Enter the joining link as a web address starting https://",
    ),
    accessibilityNotes: optionalText(1000, "The accessibility notes must be 1,000 characters or fewer"),
    areaId: optionalId,
    groupId: optionalId,
    courseId: optionalId,
    partners: z
      .string()
      .max(1000, "The partner organisations must be 1,000 characters or fewer")
      .default("")
      .transform(parsePartners),
    startsAt: ukDateTime("Enter when the event starts"),
    endsAt: ukDateTime("Enter when the event ends"),
    capacity: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z.coerce
        .number("Enter the number of places as a whole number, like 30")
        .int("Enter the number of places as a whole number, like 30")
        .min(1, "The number of places must be at least 1")
        .max(100_000, "The number of places must be 100,000 or fewer")
        .nullable(),
    ),
    registrationOpensAt: optionalUkDateTime,
    registrationClosesAt: optionalUkDateTime,
  })
  .superRefine((input, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.endsAt <= input.startsAt) problem("endsAt", "The event must end after it starts");
    if (input.format !== "ONLINE" && !input.venue)
      problem("venue", "Enter the venue for an event people come to in person");
    if (input.format === "IN_PERSON" && input.joiningLink)
      problem("joiningLink", "Only an online event, or one that is both, has a joining link");
    if (input.kind === "TRAINING_SESSION" && !input.courseId)
      problem("courseId", "Choose the course this session is part of");
    if (input.kind !== "TRAINING_SESSION" && input.courseId)
      problem("courseId", "Only training sessions belong to a course");
    if (input.registrationClosesAt && input.registrationClosesAt > input.startsAt) {
      problem("registrationClosesAt", "Registration must close before the event starts");
    }
    const opens = input.registrationOpensAt;
    if (opens && opens >= (input.registrationClosesAt ?? input.startsAt)) {
      problem("registrationOpensAt", "Registration must open before it closes");
    }
  });

export type EventInput = z.infer<typeof ZEventInput>;

/** The support a person needs to come, asked on every registration; the ticked boxes arrive as `support`. */
const ZNeeds = {
  support: checkboxes(z.enum(["needsTransport", "needsHearingLoop"], "Choose from the list")),
  interpreterLanguage: optionalText(60, "The language must be 60 characters or fewer"),
  dietaryNeeds: optionalText(300, "Dietary needs must be 300 characters or fewer"),
};

const withNeeds = <T extends { support: ("needsTransport" | "needsHearingLoop")[] }>({ support, ...rest }: T) => ({
  ...rest,
  needsTransport: support.includes("needsTransport"),
  needsHearingLoop: support.includes("needsHearingLoop"),
});

export type RegistrationNeeds = {
  needsTransport: boolean;
  needsHearingLoop: boolean;
  interpreterLanguage?: string;
  dietaryNeeds?: string;
};

export const ZOwnRegistration = z.object({ eventId: id, ...ZNeeds }).transform(withNeeds);

export const ZRegistrationForCustomer = z
  .object({
    eventId: id,
    reference: z.string().trim().min(1, "Enter the customer's reference").max(30, "Customer reference is too long"),
    ...ZNeeds,
  })
  .transform(withNeeds);

export const ZRegistrationId = z.object({ registrationId: id });

export const ZEventId = z.object({ eventId: id });

export const ZMarkAttended = z.object({ eventId: id, customerId: id });

/** Marking attended counts someone in the board's figures, so it is confirmed first (and can be undone). */
export const ZConfirmedMarkAttended = ZMarkAttended.extend(ZConfirmed.shape);

export const ZWalkIn = z.object({
  eventId: id,
  reference: z
    .string()
    .trim()
    .min(1, "Enter the customer's reference or name")
    .max(100, "Enter a reference or a name of 100 characters or fewer"),
});

export const ZUnnamedAttendees = z.object({
  eventId: id,
  unnamedAttendees: z.coerce
    .number("Enter the number of people as a whole number, like 4")
    .int("Enter the number of people as a whole number, like 4")
    .min(0, "The number of people cannot be less than 0")
    .max(100_000, "The number of people must be 100,000 or fewer"),
});

export const ZStaffPresent = z.object({
  eventId: id,
  userIds: checkboxes(id),
});

/** A course completion for one person: a customer who attended, or a member of staff who was there. */
export const ZCompletion = z
  .union([z.object({ eventId: id, customerId: id }), z.object({ eventId: id, userId: id })])
  .transform(({ eventId, ...person }) => ({ eventId, person }));

/** Calendar filters from the query string; anything malformed is ignored rather than refused. */
export const ZEventFilters = z.object({
  area: optionalQueryParam(z.string().max(50)),
  kind: optionalQueryParam(z.enum(EventKind)),
});

export type EventFilters = z.infer<typeof ZEventFilters>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The figures' period (whole days, "to" included) and area, from the query string; gaps are filled by the page. */
export const ZFiguresQuery = z.object({
  from: optionalQueryParam(isoDate),
  to: optionalQueryParam(isoDate),
  area: optionalQueryParam(z.string().max(50)),
});

export type FiguresQuery = z.infer<typeof ZFiguresQuery>;

export const ZCourseInput = z.object({
  title: z.string().trim().min(1, "Enter the course's name").max(120, "The name must be 120 characters or fewer"),
  description: optionalText(1000, "The description must be 1,000 characters or fewer"),
});

export type CourseInput = z.infer<typeof ZCourseInput>;

/** The staff event page's customer finder: a name or reference, and the reference chosen from the results. */
export const ZFindCustomer = z.object({
  find: optionalQueryParam(z.string().trim().min(1).max(100)),
  customer: optionalQueryParam(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,30}$/),
  ),
});
