import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { DomainError } from "@/lib/errors";
import { sha256 } from "./rules";

/*
 * Between the preview and the confirmation the file waits on the server, named by its SHA-256, and only the
 * name travels in the confirm form: files up to 20 MB need not go back and forth through the browser, and
 * what is imported is exactly the file that was checked. Files hold personal data, so they are deleted once
 * imported and any left behind are swept after a day. One server only: a cluster would need shared storage.
 */
const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
const UPLOAD_ID = /^[0-9a-f]{64}$/;

const uploadDir = () => path.resolve(".data", "uploads");
const uploadPath = (id: string) => path.join(uploadDir(), `${id}.csv`);

export const isUploadId = (id: string) => UPLOAD_ID.test(id);

const NOT_UTF8 =
  'The selected file must be saved as UTF-8. In Excel, choose Save as and then "CSV UTF-8 (Comma delimited)"';

// ignoreBOM keeps a byte order mark in the text, so the text's SHA-256 is the uploaded file's own. A NUL character is
// valid UTF-8 but no database text can hold it, so it is refused here, by line, before anything is checked or stored.
const decodeUtf8 = (bytes: Uint8Array) => {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DomainError("The file could not be read.", { file: NOT_UTF8 });
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const line = text.slice(0, nul).split("\n").length;
    throw new DomainError("The file could not be read.", {
      file: `Line ${line} has an empty (NUL) character, which a CSV file cannot hold. Save the file again from the spreadsheet`,
    });
  }
  return text;
};

const sweepOldUploads = async (now: Date) => {
  for (const name of await readdir(uploadDir())) {
    const file = path.join(uploadDir(), name);
    // Another request may have imported and deleted it since the listing.
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < now.getTime() - KEEP_FOR_MS) await rm(file, { force: true });
  }
};

/** Keeps an uploaded file until it is imported, returning the id (its SHA-256) to preview and confirm it by. */
export const storeUpload = async (file: Blob, now = new Date()) => {
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  const id = sha256(text);
  await mkdir(uploadDir(), { recursive: true, mode: 0o700 });
  await writeFile(uploadPath(id), text, { encoding: "utf8", mode: 0o600 });
  await sweepOldUploads(now);
  return id;
};

/** The file's text, or null when the id is malformed or the file has gone (imported or swept). */
export const readUpload = async (id: string) => {
  if (!isUploadId(id)) return null;
  try {
    return await readFile(uploadPath(id), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
};

export const discardUpload = async (id: string) => {
  if (isUploadId(id)) await rm(uploadPath(id), { force: true });
};
