import { z } from "zod";
import { uploadProblem } from "./rules";

export const ZCsvUpload = z.object({
  file: z.instanceof(File, { message: "Select a CSV file" }).superRefine((file, ctx) => {
    const problem = uploadProblem(file);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "Upload the file again");

/** A stored file, named by its SHA-256 in a query string or a form. */
export const ZUploadId = sha256Hex;

/** The stored file and the digest of the preview the officer confirmed. */
export const ZUploadConfirmation = z.object({ upload: ZUploadId, digest: sha256Hex });

export type UploadConfirmation = z.infer<typeof ZUploadConfirmation>;
