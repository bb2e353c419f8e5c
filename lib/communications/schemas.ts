import { z } from "zod";
import { checkboxes } from "@/lib/forms";
import { EQUALITY_ANSWER_KEY } from "@/lib/consultations/schemas";
import { CustomerKind, SupportNeedKind } from "@/lib/generated/prisma/enums";
import { CARD_KINDS } from "./cards";
import { MAX_TEXT_SEGMENTS, textSegments } from "./text-segments";

const ZImageAlt = () =>
  z
    .string("Describe the picture for people who cannot see it")
    .trim()
    .min(1, "Describe the picture for people who cannot see it")
    .max(250, "Keep the description under 250 characters");

export const ZSection = z.object({
  heading: z
    .string()
    .trim()
    .min(1, "Enter a heading for this section")
    .max(120, "Keep the heading under 120 characters"),
  text: z.string().trim().min(1, "Enter the text of this section").max(5000, "Keep a section under 5,000 characters"),
  /** A picture in the file store (by its SHA-256), checked to be JPEG or PNG, always with words for those who cannot see it. */
  image: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      type: z.enum(["image/jpeg", "image/png"]),
      alt: ZImageAlt(),
    })
    .optional(),
});

export type Section = z.infer<typeof ZSection>;

export const ZSections = z.array(ZSection).min(1, "Add at least one section").max(12);

const equalityAnswer = z.string().max(200).regex(EQUALITY_ANSWER_KEY, "Choose from the list");

/**
 * Who a communication is for: everyone, or anyone in any chosen area, customer kind, group, support need or
 * equality answer (as equalityAnswerKey). Support needs and answers came with reach (issue 28): audiences stored
 * before it have neither, so they default to none.
 */
export const ZAudience = z.object({
  everyone: z.boolean(),
  areaIds: z.array(z.string().min(1).max(50)).max(200),
  kinds: z.array(z.enum(CustomerKind)).max(10),
  groupIds: z.array(z.string().min(1).max(50)).max(200),
  supportNeeds: z.array(z.enum(SupportNeedKind)).max(20).default([]),
  equalityAnswers: z.array(equalityAnswer).max(200).default([]),
});

export type Audience = z.infer<typeof ZAudience>;

/** What every text message ends with, after the officer's words: counted in the two segments. */
export const textMessageTail = (link: string) => `\n${link}\nReply STOP to stop texts`;

/** The whole text a person receives; `link` is the newsletter's public address. */
export const fullTextMessage = (text: string, link: string) => `${text}${textMessageTail(link)}`;

export const tooLongForText = (text: string, link: string) =>
  textSegments(fullTextMessage(text, link)).segments > MAX_TEXT_SEGMENTS;

/** A newsletter's public address is this long whatever its id (cuid), so the text can be counted before saving. */
const ID_LENGTH = 25;
const sampleLink = (appUrl: string) => `${appUrl}/news/${"x".repeat(ID_LENGTH)}`;

const SECTION_SLOTS = [1, 2, 3] as const;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalField = z.preprocess(blankToUndefined, z.string().trim().max(5000).optional());

/** The compose form as posted: flat fields, three section slots (empty ones left out) and the audience boxes. */
export const communicationInput = (appUrl: string) =>
  z
    .object({
      title: z.string("Enter a title").trim().min(1, "Enter a title").max(120, "Keep the title under 120 characters"),
      summary: z
        .string("Enter a summary")
        .trim()
        .min(1, "Enter a summary")
        .max(500, "Keep the summary under 500 characters"),
      textMessage: z
        .string("Enter the text message")
        .trim()
        .min(1, "Enter the text message")
        .refine((text) => !tooLongForText(text, sampleLink(appUrl)), {
          message: "The text message is longer than two texts: shorten it",
        }),
      everyone: z.preprocess((value) => value === "yes", z.boolean()),
      areaIds: checkboxes(z.string().min(1).max(50)),
      kinds: checkboxes(z.enum(CustomerKind)),
      groupIds: checkboxes(z.string().min(1).max(50)),
      supportNeeds: checkboxes(z.enum(SupportNeedKind, "Choose from the list")),
      equalityAnswers: checkboxes(equalityAnswer),
      cards: checkboxes(z.enum(CARD_KINDS, "Choose from the list")),
      ...Object.fromEntries(
        SECTION_SLOTS.flatMap((n) => [
          [`heading${n}`, optionalField],
          [`text${n}`, optionalField],
        ]),
      ),
    })
    .superRefine((input, context) => {
      const fields = input as Record<string, unknown>;
      for (const n of SECTION_SLOTS) {
        const [heading, text] = [fields[`heading${n}`], fields[`text${n}`]];
        if (n === 1 || heading || text) {
          if (!heading)
            context.addIssue({ code: "custom", path: [`heading${n}`], message: "Enter a heading for this section" });
          if (!text)
            context.addIssue({ code: "custom", path: [`text${n}`], message: "Enter the text of this section" });
        }
      }
      const chosen = [input.areaIds, input.kinds, input.groupIds, input.supportNeeds, input.equalityAnswers];
      if (!input.everyone && chosen.every((list) => list.length === 0)) {
        context.addIssue({
          code: "custom",
          path: ["audience"],
          message:
            "Choose who this is for: everyone, or some areas, kinds of customer, groups, support needs or answers",
        });
      }
    })
    .transform((input) => {
      const fields = input as unknown as Record<string, string | undefined>;
      const sections = SECTION_SLOTS.flatMap((n) => {
        const [heading, text] = [fields[`heading${n}`], fields[`text${n}`]];
        return heading && text ? [{ heading, text }] : [];
      });
      return {
        title: input.title,
        summary: input.summary,
        textMessage: input.textMessage,
        sections,
        cards: input.cards.map((kind) => ({ kind })),
        audience: {
          everyone: input.everyone,
          areaIds: input.areaIds,
          kinds: input.kinds,
          groupIds: input.groupIds,
          supportNeeds: input.supportNeeds,
          equalityAnswers: input.equalityAnswers,
        },
      };
    });

export type CommunicationInput = z.output<ReturnType<typeof communicationInput>>;

const SECTION_POSITION = z.union([z.literal("new"), z.coerce.number().int().min(0).max(11)]);

/** One section as its edit form posts it; the picture, if any, is checked by its bytes in the use case. */
export const ZSectionInput = z
  .object({
    communicationId: z.string().min(1).max(50),
    position: SECTION_POSITION,
    heading: ZSection.shape.heading,
    text: ZSection.shape.text,
    image: z.preprocess(
      (value) => (value instanceof File && value.size === 0 ? undefined : value),
      z.instanceof(File, { message: "Choose a picture, or leave this empty" }).optional(),
    ),
    alt: optionalField,
    /** "remove" drops the section's picture; anything else keeps it (or replaces it with a new one). */
    picture: z.enum(["keep", "remove"]).default("keep"),
  })
  .superRefine((input, context) => {
    if (input.image && !input.alt) {
      context.addIssue({ code: "custom", path: ["alt"], message: "Describe the picture for people who cannot see it" });
    }
  });

export type SectionInput = z.infer<typeof ZSectionInput>;

/** The cards a draft shows, as its cards form posts them (none is allowed). */
export const ZCardsInput = z.object({
  communicationId: z.string().min(1).max(50),
  cards: checkboxes(z.enum(CARD_KINDS, "Choose from the list")),
});

/** Moving or removing one section of a draft. */
export const ZSectionChange = z.object({
  communicationId: z.string().min(1).max(50),
  position: z.coerce.number().int().min(0).max(11),
  change: z.enum(["up", "down", "remove"]),
});
