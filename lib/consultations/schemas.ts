import { z } from "zod";
import { ZConfirmed } from "@/lib/confirm";
import { checkboxes, optionalText } from "@/lib/forms";
import {
  ConsultationTopic,
  CustomerKind,
  QuestionType,
  ResponseChannel,
  ScaleKind,
  SupportNeedKind,
} from "@/lib/generated/prisma/enums";
import { ukDayEnd, ukDayStart } from "@/lib/uk-time";
import { ZOutcomeCodes } from "@/lib/outcomes/tags";

const id = z.string().min(1).max(50);
// "questionKey=answer", as lib/reach/rules.ts writes it.
export const EQUALITY_ANSWER_KEY = /^[a-z_]{1,50}=.{1,150}$/;
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// A date field read as a whole UK day: its first moment or its last.
const day = (message: string, toInstant: (day: string) => Date | null) =>
  z
    .string()
    .trim()
    .regex(ISO_DAY, message)
    .transform(
      (value, ctx) => toInstant(value) ?? (ctx.addIssue({ code: "custom", message: "Enter a real date" }), z.NEVER),
    );

/** Who a consultation is for, from its form or from a link that targets a seldom-heard group (/staff/reach). */
export const ZAudience = z.object({
  audienceAreaIds: checkboxes(id),
  audienceKinds: checkboxes(z.enum(CustomerKind, "Choose from the list")),
  audienceGroupIds: checkboxes(id),
  audienceSupportNeeds: checkboxes(z.enum(SupportNeedKind, "Choose from the list")),
  audienceEqualityAnswers: checkboxes(z.string().max(200).regex(EQUALITY_ANSWER_KEY, "Choose from the list")),
});

export const ZConsultationDetails = z
  .object({
    title: z
      .string()
      .trim()
      .min(5, "Enter a title of at least 5 characters")
      .max(150, "The title must be 150 characters or fewer"),
    summary: z
      .string()
      .trim()
      .min(10, "Say in a sentence or two what you are asking about")
      .max(2000, "The summary must be 2000 characters or fewer"),
    topic: z.enum(ConsultationTopic, "Choose what the consultation is about").default("SERVICE_CHANGE"),
    opensOn: day("Enter the opening date, like 2026-12-01", ukDayStart),
    closesOn: day("Enter the closing date, like 2026-12-31", ukDayEnd),
    outcomeDueDays: z.preprocess(
      (value) => (value === "" || value === undefined ? 28 : value),
      z.coerce
        .number("Enter a number of days")
        .int("Enter a whole number of days")
        .min(1, "Enter at least 1 day")
        .max(365, "Enter 365 days or fewer"),
    ),
    ...ZAudience.shape,
  })
  .superRefine(({ opensOn, closesOn }, ctx) => {
    if (closesOn <= opensOn)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The closing date must be after the opening date" });
  })
  // The window opens at the start of the first day and closes at the end of the last, in UK time.
  .transform(({ opensOn, closesOn, ...rest }) => ({ ...rest, opensAt: opensOn, closesAt: closesOn }));

export type ConsultationDetails = z.infer<typeof ZConsultationDetails>;

export const ZConsultationChange = z.object({ consultationId: id }).and(ZConsultationDetails);

const CHOICE_TYPES: QuestionType[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE"];

export const ZQuestionInput = z
  .object({
    consultationId: id,
    questionId: z.preprocess(blankToUndefined, id.optional()),
    type: z.enum(QuestionType, "Choose the kind of question"),
    label: z.string().trim().min(3, "Enter the question").max(300, "The question must be 300 characters or fewer"),
    help: optionalText(500, "Help text must be 500 characters or fewer"),
    section: optionalText(150, "The section title must be 150 characters or fewer"),
    required: z.preprocess((value) => value === "yes", z.boolean()),
    options: z.preprocess(
      (value) =>
        typeof value === "string"
          ? value
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
          : [],
      z.array(z.string().max(150, "Each answer must be 150 characters or fewer")).max(20, "Offer 20 answers or fewer"),
    ),
    allowOther: z.preprocess((value) => value === "yes", z.boolean()),
    scaleKind: z.preprocess(blankToUndefined, z.enum(ScaleKind, "Choose the kind of scale").optional()),
    showIfQuestionId: z.preprocess(blankToUndefined, id.optional()),
    showIfAnswer: optionalText(150, "The answer must be 150 characters or fewer"),
  })
  .superRefine((input, ctx) => {
    if (CHOICE_TYPES.includes(input.type) && input.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Enter at least 2 answers, one on each line" });
    }
    if (input.type === "SCALE" && !input.scaleKind) {
      ctx.addIssue({ code: "custom", path: ["scaleKind"], message: "Choose the kind of scale" });
    }
    if (input.showIfQuestionId && !input.showIfAnswer) {
      ctx.addIssue({
        code: "custom",
        path: ["showIfAnswer"],
        message: "Enter the answer that makes this question appear",
      });
    }
  });

export type QuestionInput = z.infer<typeof ZQuestionInput>;

export const ZConsultationRef = z.object({ consultationId: id });

/** Publishing and closing early cannot be taken back: only their confirmation pages post these. */
export const ZConfirmedConsultationRef = ZConsultationRef.extend(ZConfirmed.shape);

export const ZDocumentUpload = ZConsultationRef.extend({
  title: z
    .string()
    .trim()
    .min(3, "Enter a title people will recognise, like Draft repairs policy")
    .max(150, "The title must be 150 characters or fewer"),
  file: z.instanceof(File, { message: "Select a PDF file" }),
});

export const ZDocumentRef = ZConsultationRef.extend({ documentId: id });

export const ZQuestionRef = z.object({ consultationId: id, questionId: id });

export const ZRedactAnswer = ZConsultationRef.extend({
  answerId: z
    .string()
    .regex(/^\d{1,18}$/, "Choose an answer")
    .transform((value) => BigInt(value)),
});

export const ZConfirmedRedactAnswer = ZRedactAnswer.extend(ZConfirmed.shape);

export const ZMoveQuestion = ZQuestionRef.extend({ direction: z.enum(["up", "down"]) });

export const ZOutcome = ZConsultationRef.extend({
  youSaid: z
    .string()
    .trim()
    .min(20, "Summarise what tenants said in at least 20 characters")
    .max(5000, "What tenants said must be 5000 characters or fewer"),
  outcome: z
    .string()
    .trim()
    .min(20, "Describe what you did in at least 20 characters")
    .max(5000, "The outcome must be 5000 characters or fewer"),
  outcomeCodes: ZOutcomeCodes,
});

// Answers are checked against the consultation's own questions by the use case (lib/questions/rules.ts).
export const ZOnlineResponse = z.looseObject({ consultationId: id });

export const OFFLINE_CHANNELS = [
  "PAPER",
  "PHONE",
  "MEETING",
  "FOCUS_GROUP",
  "TEXT",
] as const satisfies ResponseChannel[];

export const ZOfflineResponse = z.looseObject({
  consultationId: id,
  channel: z.enum(OFFLINE_CHANNELS, "Choose how the response reached you"),
  customerReference: optionalText(30, "The customer reference is too long"),
});

/** Results filters from the query string; anything malformed is ignored. */
export const ZResultsFilter = z.object({
  area: z.preprocess(blankToUndefined, id.optional()).catch(undefined),
  kind: z.preprocess(blankToUndefined, z.enum(CustomerKind).optional()).catch(undefined),
  channel: z.preprocess(blankToUndefined, z.enum(ResponseChannel).optional()).catch(undefined),
});

export type ResultsFilter = z.infer<typeof ZResultsFilter>;
