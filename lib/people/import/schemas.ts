import { z } from "zod";
import { uploadProblem } from "./rules";

const SELECT_FILE = "Select a CSV file";

export const ZCustomerUpload = z.object({
  file: z.instanceof(File, { message: SELECT_FILE }).superRefine((file, ctx) => {
    const problem = uploadProblem(file);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "Upload the file again");

/** The stored file's id and the fingerprint of the preview the officer confirmed. */
export const ZImportConfirmation = z.object({ upload: sha256Hex, plan: sha256Hex });
