import { z } from "zod";
import { optionalDate, optionalQueryParam, optionalText, requiredDate } from "@/lib/forms";
import {
  RecommendationResponse,
  ReportVote,
  ScrutinyEvidenceKind,
  ScrutinyReviewStatus,
  ScrutinyTopicSource,
} from "@/lib/generated/prisma/enums";
import { ZOutcomeCodes } from "@/lib/outcomes/tags";
import { responseProblems } from "./rules";

const id = z.string().trim().min(1).max(50);

const text = (max: number, missing: string) =>
  z.string(missing).trim().min(1, missing).max(max, `This must be ${max} characters or fewer`);

/** Codes are checked against the landlord's own regime in the use case; here only that they exist at all. */
const outcomeCodes = ZOutcomeCodes;

export const ZReviewDetails = z.object({
  panelId: z
    .string("Choose the scrutiny panel running the review")
    .trim()
    .min(1, "Choose the scrutiny panel running the review")
    .max(50),
  title: text(150, "Enter the review's title"),
  topicSource: z.enum(ScrutinyTopicSource, "Choose where the topic came from"),
  topicDetail: text(300, "Say which theme, indicator or suggestion the topic came from"),
  scope: text(3000, "Describe what the review will look at"),
  outcomeCodes,
});

export type ReviewDetails = z.infer<typeof ZReviewDetails>;

export const ZReviewUpdate = ZReviewDetails.extend({
  reviewId: id,
  findings: optionalText(10000, "The findings must be 10,000 characters or fewer"),
});

export const ZReviewStatus = z.object({
  reviewId: id,
  status: z.enum(ScrutinyReviewStatus, "Choose the review's next stage"),
});

export const ZMeetingAgreement = z.object({
  reviewId: id,
  agreedAtMeetingOn: requiredDate("Enter the date of the meeting that agreed the report"),
  agreedMinuteReference: text(100, "Enter the minute that records the agreement, for example 7.2"),
});

export const ZEvidence = z.object({
  reviewId: id,
  kind: z.enum(ScrutinyEvidenceKind, "Choose the kind of evidence"),
  gatheredOn: requiredDate("Enter the date the evidence was gathered"),
  note: text(2000, "Describe the evidence"),
  /** Optional: the use case checks its bytes (PDF, JPEG or PNG). */
  file: z.instanceof(File).optional(),
});

export const ZRecommendation = z.object({
  reviewId: id,
  text: text(2000, "Enter the recommendation"),
  outcomeCodes,
});

export const ZResponse = z
  .object({
    recommendationId: id,
    response: z.enum(RecommendationResponse, "Choose the landlord's response"),
    responseReason: optionalText(2000, "The reason must be 2,000 characters or fewer"),
    action: optionalText(2000, "The action must be 2,000 characters or fewer"),
    actionOwner: optionalText(120, "The owner must be 120 characters or fewer"),
    dueOn: optionalDate(),
  })
  .superRefine((input, ctx) => {
    for (const [path, message] of Object.entries(responseProblems(input)))
      ctx.addIssue({ code: "custom", path: [path], message });
  });

export type ResponseDetails = z.infer<typeof ZResponse>;

export const ZProgressUpdate = z.object({
  recommendationId: id,
  note: text(2000, "Say what has been done"),
  recordedOn: requiredDate("Enter the date of the update"),
  completes: z.preprocess((value) => value === "yes", z.boolean()),
});

/** ?year=2026 on the assurance page: the financial year starting 1 April 2026; anything else means this year. */
export const ZAssuranceQuery = z.object({ year: optionalQueryParam(z.coerce.number().int().min(2000).max(2100)) });

export const ZFindingsDraft = z.object({
  reviewId: id,
  findings: text(10000, "Enter the findings"),
});

export const ZRecommendationRevision = z.object({
  recommendationId: id,
  text: text(2000, "Enter the recommendation"),
});

export const ZReportVote = z.object({
  reviewId: id,
  vote: z.enum(ReportVote, "Choose how you vote"),
});
