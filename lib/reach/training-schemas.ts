import { z } from "zod";
import { optionalQueryParam, optionalText } from "@/lib/forms";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** A course from the list, or what they would like in their own words: at least one. */
export const ZTrainingWish = z
  .object({
    courseId: z.preprocess(blankToUndefined, z.string().min(1).max(50).optional()),
    ownWords: optionalText(300, "Say it in 300 characters or fewer"),
  })
  .superRefine(({ courseId, ownWords }, ctx) => {
    if (!courseId && !ownWords)
      ctx.addIssue({
        code: "custom",
        path: ["courseId"],
        message: "Choose a course, or say in your own words what training you would like",
      });
  });

export type TrainingWish = z.infer<typeof ZTrainingWish>;

export const ZCourseRef = z.object({ courseId: z.string().min(1).max(50) });

/** The outcome of inviting, shown on the training page after the redirect. */
export const ZInvitedQuery = z.object({ invited: optionalQueryParam(z.coerce.number().int().min(0).max(100_000)) });
