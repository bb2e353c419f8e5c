import { z } from "zod";
import { linkToken, withConfirmedPassword } from "@/lib/auth/schemas";
import { checkboxes, optionalText } from "@/lib/forms";
import { ZPage } from "@/lib/paging";
import { ContactChannel, CustomerKind, SupportNeedKind } from "@/lib/generated/prisma/enums";
import { normalisePostcode, preferredChannelProblem, UK_POSTCODE } from "./rules";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** Officer search filters from the query string; anything malformed is ignored rather than refused. */
export const ZCustomerSearch = z.object({
  q: optional(z.string().trim().max(100)),
  area: optional(z.string().max(50)),
  kind: optional(z.enum(CustomerKind)),
  group: optional(z.string().max(50)),
  channel: optional(z.enum(ContactChannel)),
  need: optional(z.enum(SupportNeedKind)),
  page: ZPage,
});

export type CustomerSearch = z.infer<typeof ZCustomerSearch>;

const requiredReason = z
  .string()
  .trim()
  .min(5, 'Say why you are making this change for the customer, for example "asked by phone"')
  .max(300, "The reason must be 300 characters or fewer");

/** Contact preferences and support needs, saved together from one form. */
export const ZCustomerPreferences = z
  .object({
    channels: checkboxes(z.enum(ContactChannel, "Choose from the list")),
    preferredChannel: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ContactChannel).optional()),
    needs: checkboxes(z.enum(SupportNeedKind, "Choose from the list")),
    language: optionalText(60, "The language must be 60 characters or fewer"),
    interpreterNeeded: z.preprocess((v) => v === "yes", z.boolean()),
  })
  .superRefine((input, ctx) => {
    const problem = preferredChannelProblem(input.preferredChannel, input.channels);
    if (problem) ctx.addIssue({ code: "custom", path: ["preferredChannel"], message: problem });
    if (input.needs.includes("OTHER_LANGUAGE") && !input.language) {
      ctx.addIssue({ code: "custom", path: ["language"], message: "Enter the language you would like us to use" });
    }
  });

export type CustomerPreferences = z.infer<typeof ZCustomerPreferences>;

/** An officer acting for a customer who phoned or visited must say why (assisted digital). */
export const ZAssistedPreferences = ZCustomerPreferences.and(
  z.object({ customerId: z.string().min(1).max(50), reason: requiredReason }),
);

const ANSWER_PREFIX = "answer_";

export const answerFieldName = (questionKey: string) => `${ANSWER_PREFIX}${questionKey}`;

/** Equality answers arrive as one radio group per question; a question left blank is simply not answered. */
export const ZEqualityAnswers = z.preprocess(
  (input) =>
    Object.fromEntries(
      Object.entries(input as Record<string, unknown>)
        .filter(([key]) => key.startsWith(ANSWER_PREFIX))
        .map(([key, value]) => [key.slice(ANSWER_PREFIX.length), value]),
    ),
  z.record(z.string().max(60), z.string().max(100, "Choose an answer from the list")),
);

export const ZRegistration = withConfirmedPassword({
  reference: z.string().trim().min(1, "Enter your customer reference").max(30, "Customer reference is too long"),
  postcode: z
    .string()
    .trim()
    .min(1, "Enter your postcode")
    .transform(normalisePostcode)
    .pipe(z.string().regex(UK_POSTCODE, "Enter a real postcode, like NV1 2AB")),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com")),
});

export type Registration = z.infer<typeof ZRegistration>;

/** The last name is asked only of someone invited from a household record (their first name is already known). */
export const ZInvitationAcceptance = withConfirmedPassword({
  token: linkToken("invitation"),
  lastName: optionalText(60, "Your last name must be 60 characters or fewer"),
});
