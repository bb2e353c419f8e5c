import { describe, expect, it } from "vitest";
import { ZNewPassword, ZSignInInput } from "@/lib/auth/schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("sign-in input", () => {
  it("normalises the email address", () => {
    expect(ZSignInInput.parse({ email: " Tenant@Involve.TEST ", password: "x" })).toEqual({
      email: "tenant@involve.test",
      password: "x",
    });
  });

  it("names each missing or malformed field in plain English", () => {
    expect(messages(ZSignInInput.safeParse({ email: "", password: "" }))).toEqual({
      email: "Enter your email address",
      password: "Enter your password",
    });
    expect(messages(ZSignInInput.safeParse({ email: "morag at home", password: "x" }))).toEqual({
      email: "Enter an email address in the correct format, like name@example.com",
    });
  });

  it("refuses input that is not text without throwing", () => {
    expect(ZSignInInput.safeParse({ email: 42, password: null }).success).toBe(false);
  });
});

describe("new password", () => {
  const token = "t".repeat(43);

  it("needs 12 characters and a matching confirmation", () => {
    expect(messages(ZNewPassword.safeParse({ token, password: "short", confirmPassword: "short" }))).toEqual({
      password: "Password must be 12 characters or more",
    });
    expect(
      messages(ZNewPassword.safeParse({ token, password: "long enough pass", confirmPassword: "different pass!" })),
    ).toEqual({ confirmPassword: "The passwords do not match" });
    expect(
      ZNewPassword.safeParse({ token, password: "long enough pass", confirmPassword: "long enough pass" }).success,
    ).toBe(true);
  });
});
