import type { Actor } from "@/lib/auth/actor";
import { confirmUpload } from "@/lib/uploads/confirm-upload";
import type { UploadConfirmation } from "@/lib/uploads/schemas";
import { applyImport } from "./apply-import";

/** Imports a previewed file if it would still do what the preview said, then deletes it. */
export const importUpload = ({ actor, confirmation }: { actor: Actor; confirmation: UploadConfirmation }) =>
  confirmUpload(confirmation, (text, checkDigest) => applyImport({ actor, text, checkDigest }));
