import { z } from "zod";
import { optionalQueryParam, optionalText } from "@/lib/forms";
import { FeedbackChannel, FeedbackKind, FeedbackStatus, ServiceArea } from "@/lib/generated/prisma/enums";
import { isIsoDate } from "@/lib/measures/dates";
import { ZOutcomeCodes } from "@/lib/outcomes/tags";

const id = z.string("Choose an item").min(1, "Choose an item").max(50, "Choose an item");

const about = {
  kind: z.enum(FeedbackKind, "Choose whether it is a compliment, comment, suggestion or complaint"),
  serviceArea: z.enum(ServiceArea, "Choose which service it is about"),
  details: z
    .string("Tell us what happened or what you think")
    .trim()
    .min(1, "Tell us what happened or what you think")
    .min(10, "Tell us a little more: at least 10 characters")
    .max(5000, "Your feedback must be 5000 characters or fewer"),
};

const contact = {
  contactName: optionalText(120, "The name must be 120 characters or fewer"),
  contactEmail: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .email("Enter an email address like name@example.com")
      .max(200, "The email address must be 200 characters or fewer")
      .optional(),
  ),
  contactPhone: optionalText(30, "The phone number must be 30 characters or fewer").refine(
    (value) => value === undefined || /^\+?[\d\s()-]{7,30}$/.test(value),
    "Enter a phone number using digits, like 01632 960 001",
  ),
};

type Contact = { contactName?: string; contactEmail?: string; contactPhone?: string };

/** Someone we cannot identify must leave a name and a way to reply. */
const needsContact = (input: Contact, ctx: z.RefinementCtx) => {
  if (!input.contactName) ctx.addIssue({ code: "custom", path: ["contactName"], message: "Enter your name" });
  if (!input.contactEmail && !input.contactPhone) {
    ctx.addIssue({
      code: "custom",
      path: ["contactEmail"],
      message: "Enter an email address or a phone number so we can reply",
    });
  }
};

/** A signed-in tenant: who they are comes from the session. */
/** An optional photo: an empty file input sends a nameless empty file, which means none. */
const optionalPhoto = z.preprocess(
  (value) => (value instanceof File && value.size === 0 ? undefined : value),
  z.instanceof(File, { message: "Choose a photo, or leave this empty" }).optional(),
);

export const ZTenantFeedback = z.object({ ...about, photo: optionalPhoto });

/** The public form, for people who do not sign in. */
export const ZAnonymousFeedback = z.object({ ...about, ...contact }).superRefine(needsContact);

/** Feedback an officer takes by phone, letter, visit or email, for a customer or someone who left contact details. */
export const ZOfficerFeedback = z
  .object({
    ...about,
    ...contact,
    channel: z
      .enum(FeedbackChannel, "Choose how it reached us")
      .refine((value) => value !== "ONLINE", "Choose how it reached us"),
    receivedOn: z
      .string("Enter the date it reached us")
      .trim()
      .min(1, "Enter the date it reached us")
      .refine(isIsoDate, "Enter a real date, for example 2026-04-01"),
    customerReference: optionalText(20, "The customer reference must be 20 characters or fewer"),
  })
  .superRefine((input, ctx) => {
    if (!input.customerReference) needsContact(input, ctx);
  });

export type OfficerFeedback = z.infer<typeof ZOfficerFeedback>;

export const ZFeedbackRef = z.object({ feedbackId: id });

/** A complainant asking for stage 2 from their account says why the stage 1 answer did not settle it. */
export const ZStageTwoRequest = ZFeedbackRef.extend({
  reason: z
    .string("Tell us why you are not happy with our answer")
    .trim()
    .min(1, "Tell us why you are not happy with our answer")
    .max(5000, "Your reason must be 5000 characters or fewer"),
});

export const ZFeedbackReply = ZFeedbackRef.extend({
  text: z
    .string("Write your reply")
    .trim()
    .min(1, "Write your reply")
    .min(10, "Write a reply of at least 10 characters")
    .max(5000, "The reply must be 5000 characters or fewer"),
  final: z.enum(["yes", "no"], "Say whether this reply answers the feedback in full"),
});

export const ZExtension = ZFeedbackRef.extend({
  extensionWorkingDays: z.coerce
    .number("Enter the extension as a number of working days")
    .int("Enter a whole number of working days")
    .min(1, "Enter at least 1 working day"),
});

export const ZFeedbackAssignment = ZFeedbackRef.extend({
  officerId: z.string("Choose an officer").min(1, "Choose an officer").max(50, "Choose an officer"),
});

const days = (label: string) =>
  z.coerce
    .number(`Enter the ${label} target as a number of working days`)
    .int(`Enter the ${label} target as a whole number of working days`)
    .min(1, `The ${label} target must be at least 1 working day`)
    .max(60, `The ${label} target must be 60 working days or fewer`);

export const ZFeedbackStandards = z
  .object({ acknowledgeDays: days("acknowledgement"), answerDays: days("answer") })
  .refine(({ acknowledgeDays, answerDays }) => acknowledgeDays <= answerDays, {
    path: ["answerDays"],
    message: "The answer target must not be shorter than the acknowledgement target",
  });

/** The queue's filters from the query string; anything malformed is ignored. */
export const ZFeedbackQueueFilter = z.object({
  status: optionalQueryParam(z.enum(FeedbackStatus)),
  kind: optionalQueryParam(z.enum(FeedbackKind)),
  serviceArea: optionalQueryParam(z.enum(ServiceArea)),
  overdue: optionalQueryParam(z.enum(["yes"])),
  assigned: optionalQueryParam(z.enum(["none"])),
});

export type FeedbackQueueFilter = z.infer<typeof ZFeedbackQueueFilter>;

/** What the landlord learned from a closed complaint and changed because of it; published anonymised if ticked. */
export const ZComplaintLearning = ZFeedbackRef.extend({
  learned: z
    .string()
    .trim()
    .min(1, "Say what we learned from this complaint")
    .max(2000, "Keep what we learned to 2000 characters or fewer"),
  changed: z
    .string()
    .trim()
    .min(1, "Say what we changed because of it")
    .max(2000, "Keep what we changed to 2000 characters or fewer"),
  publish: z.enum(["yes", "no"], { message: "Say whether to publish this in You said, We did" }),
  outcomeCodes: ZOutcomeCodes,
});
