import { z } from "zod";
import { isIsoDate } from "@/lib/measures/dates";
import { ZCsvUpload, ZUploadId } from "@/lib/uploads/schemas";

const day = (message: string) => z.string(message).trim().refine(isIsoDate, message);

const ZPeriod = z
  .object({
    from: day("Enter the first day of the period"),
    to: day("Enter the last day of the period"),
    homes: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce
        .number("Enter the number of homes as a whole number")
        .int("Enter a whole number of homes")
        .min(1, "Enter at least 1 home")
        .optional(),
    ),
  })
  .refine(({ from, to }) => from <= to, { path: ["to"], message: "The last day must not be before the first" });

export const ZComplaintsUpload = ZPeriod.and(ZCsvUpload);

/** The page's query string after an upload: the stored file and the period it is counted over. */
export const ZComplaintsQuery = ZPeriod.and(z.object({ upload: ZUploadId }));

export type ComplaintsQuery = z.infer<typeof ZComplaintsQuery>;
