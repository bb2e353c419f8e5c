import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { checkTotp, enrolmentQr, newTotpSecret } from "@/lib/auth/totp";

const NOW = Date.UTC(2026, 10, 27, 10, 0, 15);
const codeAt = (secret: string, ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

describe("authenticator codes", () => {
  it("accepts this step's code and one step either side, and nothing older", async () => {
    const secret = newTotpSecret();
    const step = Math.floor(NOW / 30_000);
    expect(await checkTotp(secret, await codeAt(secret, NOW), null, NOW)).toBe(step);
    expect(await checkTotp(secret, await codeAt(secret, NOW - 30_000), null, NOW)).toBe(step - 1);
    expect(await checkTotp(secret, await codeAt(secret, NOW + 30_000), null, NOW)).toBe(step + 1);
    expect(await checkTotp(secret, await codeAt(secret, NOW - 90_000), null, NOW)).toBeNull();
  });

  it("refuses a code from a step already used, and anything but six digits", async () => {
    const secret = newTotpSecret();
    const step = Math.floor(NOW / 30_000);
    expect(await checkTotp(secret, await codeAt(secret, NOW), step, NOW)).toBeNull();
    expect(await checkTotp(secret, "12345", null, NOW)).toBeNull();
    expect(await checkTotp(secret, "abcdef", null, NOW)).toBeNull();
  });

  it("draws the QR code as SVG", async () => {
    expect(await enrolmentQr("officer@involve.test", newTotpSecret())).toMatch(/^<svg/);
  });

  it("makes ten different recovery codes, matched however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(codes[0]!.toLowerCase().replace("-", " "))).toBe(hashRecoveryCode(codes[0]!));
  });
});
