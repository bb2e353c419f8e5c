import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 12;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);

// Compared against when the account does not exist, so response time does not reveal which emails are registered.
const UNKNOWN_ACCOUNT_HASH = bcrypt.hashSync("not-a-real-password", COST);

export const verifyPassword = (password: string, hash: string | undefined) =>
  bcrypt.compare(password, hash ?? UNKNOWN_ACCOUNT_HASH);

export const newResetToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
