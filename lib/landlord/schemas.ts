import { z } from "zod";
import { optionalDate, optionalText, requiredDate } from "@/lib/forms";
import { AccessibilityStatus, SecondFactorRule } from "@/lib/generated/prisma/enums";
import { HEX_COLOUR, isSameSitePath, LOGO_TYPES, MAX_LOGO_BYTES, MINIMUM_CONTRAST, passesWithWhiteText } from "./rules";

export const ZLandlordSettings = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Enter the landlord's name")
    .max(120, "The landlord's name must be 120 characters or fewer"),
  regime: z.enum(["ENGLAND", "SCOTLAND"], "Choose whether the landlord reports in England or Scotland"),
  secondFactorRequiredFor: z.enum(SecondFactorRule, "Choose who must use an authenticator app"),
});

export type LandlordSettings = z.infer<typeof ZLandlordSettings>;

export const ZLocalHoliday = z.object({
  date: requiredDate("Enter the date of the holiday"),
  name: z
    .string()
    .trim()
    .min(2, "Enter what the holiday is, like Glasgow Fair Monday")
    .max(80, "The name must be 80 characters or fewer"),
});

export const ZLocalHolidayRef = z.object({ date: requiredDate("Choose a holiday to remove") });

const optional = (max: number, what: string) => optionalText(max, `${what} must be ${max} characters or fewer`);

/** How tenants reach the landlord: shown on the contact page, in every email's sign-off and in the statements. */
export const ZContactDetails = z.object({
  contactPhone: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .regex(/^[0-9+() -]{6,25}$/, "Enter a phone number, like 0300 123 4567")
      .optional(),
  ),
  contactEmail: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.email("Enter an email address, like help@example.org").max(200).optional(),
  ),
  contactAddress: optional(300, "The address"),
  openingHours: optional(300, "The opening hours"),
});

export type ContactDetails = z.infer<typeof ZContactDetails>;

/** What the accessibility statement and privacy notice say that only the landlord can know. */
export const ZStatementSettings = z.object({
  accessibilityStatus: z.enum(AccessibilityStatus, "Choose how far the portal meets the standard"),
  accessibilityIssues: optional(3000, "The known problems"),
  accessibilityTestedOn: optionalDate(),
  icoRegistration: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .regex(/^[A-Z0-9]{6,12}$/i, "Enter the ICO registration number, like ZA123456")
      .optional(),
  ),
  dataProtectionContact: optional(300, "The data protection contact"),
  retention: optional(2000, "How long information is kept"),
});

export type StatementSettings = z.infer<typeof ZStatementSettings>;

/** The brand colour and logo; the logo is a same-site address, an uploaded image, or neither. */
export const ZLook = z
  .object({
    brandColour: z.preprocess(
      (value) =>
        typeof value === "string" && value.trim() === ""
          ? undefined
          : typeof value === "string"
            ? value.trim().toLowerCase()
            : value,
      z
        .string()
        .regex(HEX_COLOUR, "Enter a colour as # and six letters or digits, like #14532d")
        .refine(
          passesWithWhiteText,
          `White text on this colour is too faint: choose a darker colour (at least ${MINIMUM_CONTRAST}:1)`,
        )
        .optional(),
    ),
    logoPath: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z
        .string()
        .trim()
        .max(300)
        .refine(isSameSitePath, "Enter the address of a file on this site, starting with /, like /logo.png")
        .optional(),
    ),
    logoFile: z.preprocess(
      (value) => (value instanceof File && value.size === 0 ? undefined : value),
      z
        .instanceof(File, { message: "Choose an image file" })
        .refine(
          (file) => (LOGO_TYPES as readonly string[]).includes(file.type),
          "The logo must be a PNG, JPEG, GIF or WebP image",
        )
        .refine((file) => file.size <= MAX_LOGO_BYTES, "The logo must be 500 KB or smaller")
        .optional(),
    ),
    removeLogo: z.preprocess((value) => value === "yes", z.boolean()),
  })
  .superRefine((look, ctx) => {
    if (look.logoPath && look.logoFile)
      ctx.addIssue({ code: "custom", path: ["logoPath"], message: "Give an address or upload an image, not both" });
  });

export type Look = z.infer<typeof ZLook>;

/** How far below its share of customers a group's share of those involved must fall to count as seldom heard. */
export const ZReachGap = z.object({
  reachGapPoints: z.coerce
    .number("Enter a number of percentage points")
    .int("Enter a whole number of percentage points")
    .min(1, "Enter at least 1 percentage point")
    .max(50, "Enter 50 percentage points or fewer"),
});
