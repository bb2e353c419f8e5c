import { z } from "zod";
import { checkboxes } from "@/lib/forms";
import { CustomerKind } from "@/lib/generated/prisma/enums";
import { MAX_TEXT_SEGMENTS, textSegments } from "./text-segments";

export const ZSection = z.object({
  heading: z
    .string()
    .trim()
    .min(1, "Enter a heading for this section")
    .max(120, "Keep the heading under 120 characters"),
  text: z.string().trim().min(1, "Enter the text of this section").max(5000, "Keep a section under 5,000 characters"),
});

export type Section = z.infer<typeof ZSection>;

export const ZSections = z.array(ZSection).min(1, "Add at least one section").max(12);

/** Who a communication is for: everyone, or anyone in any chosen area, customer kind or group. */
export const ZAudience = z.object({
  everyone: z.boolean(),
  areaIds: z.array(z.string().min(1).max(50)).max(200),
  kinds: z.array(z.enum(CustomerKind)).max(10),
  groupIds: z.array(z.string().min(1).max(50)).max(200),
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
      if (!input.everyone && input.areaIds.length + input.kinds.length + input.groupIds.length === 0) {
        context.addIssue({
          code: "custom",
          path: ["audience"],
          message: "Choose who this is for: everyone, or some areas, kinds of customer or groups",
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
        audience: { everyone: input.everyone, areaIds: input.areaIds, kinds: input.kinds, groupIds: input.groupIds },
      };
    });

export type CommunicationInput = z.output<ReturnType<typeof communicationInput>>;
