import { randomInt } from "node:crypto";
import { hashToken } from "./passwords";

// No 0/O or 1/I/L: codes are read off paper and typed in.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export const RECOVERY_CODE_COUNT = 10;

const newCode = () => {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
};

export const newRecoveryCodes = () => Array.from({ length: RECOVERY_CODE_COUNT }, newCode);

/** Spaces, dashes and case do not matter when a code is typed back. */
export const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, "").toUpperCase();

export const hashRecoveryCode = (code: string) => hashToken(normaliseRecoveryCode(code));
