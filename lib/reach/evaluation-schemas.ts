import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { EvaluationAnswer } from "@/lib/generated/prisma/enums";

const optionalAnswer = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.enum(EvaluationAnswer, "Choose yes, partly or no").optional(),
);

/** Every question may be left unanswered: taking part in the evaluation is itself optional. */
export const ZEvaluation = z.object({
  accessible: optionalAnswer,
  listenedTo: optionalAnswer,
  whatWouldHelp: optionalText(1000, "Say it in 1000 characters or fewer"),
});

export type EvaluationInput = z.infer<typeof ZEvaluation>;

export const ZActivity = z.object({
  kind: z.enum(["event", "consultation"]),
  id: z.string().min(1).max(50),
});

export type Activity = z.infer<typeof ZActivity>;
