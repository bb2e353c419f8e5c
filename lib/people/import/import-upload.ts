import "server-only";
import { DomainError } from "@/lib/errors";
import { applyImport } from "./apply-import";
import { discardUpload, readUpload } from "../../uploads/upload-store";

type Options = { actor: { id: string }; upload: string; plan: string };

/** Imports a previewed file, then deletes it: once the customers are in the database it is only a copy. */
export const importUpload = async ({ actor, upload, plan }: Options) => {
  const text = await readUpload(upload);
  if (text === null) throw new DomainError("We no longer have that file. Upload it again to check and import it.");
  const result = await applyImport({ actor, text, expectedPlan: plan });
  await discardUpload(upload);
  return result;
};
