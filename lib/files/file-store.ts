import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/*
 * Attached files live on local disk by default (FILES_DIR), named by their SHA-256: the same file stored twice is
 * one file, a name can never climb out of the folder, and a half-finished write under a temporary name is never
 * served. The database row is written after the file, so a row always has its file.
 */
const SHA256 = /^[0-9a-f]{64}$/;

const filePath = (sha256: string) => {
  if (!SHA256.test(sha256)) throw new Error("Not a stored file's name");
  return path.resolve(env.FILES_DIR, sha256);
};

export const storeFile = async (bytes: Uint8Array) => {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await mkdir(path.resolve(env.FILES_DIR), { recursive: true, mode: 0o700 });
  const temporary = `${filePath(sha256)}.${process.pid}.${Date.now()}.part`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, filePath(sha256));
  return sha256;
};

export const readStoredFile = (sha256: string) => readFile(filePath(sha256));

export const deleteStoredFile = (sha256: string) => rm(filePath(sha256), { force: true });
