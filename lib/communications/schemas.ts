import { z } from "zod";
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
