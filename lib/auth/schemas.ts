import { z } from "zod";
import { normaliseEmail } from "./rules";

const email = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"))
  .transform(normaliseEmail);

export const ZSignInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(200, "Password must be 200 characters or fewer"),
});

export const ZPasswordResetRequest = z.object({ email });

type PasswordPair = { password: string; confirmPassword: string };

/** A new password typed twice, added to a form's other fields. */
export const withConfirmedPassword = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      ...shape,
      password: z
        .string()
        .min(12, "Password must be 12 characters or more")
        .max(200, "Password must be 200 characters or fewer"),
      confirmPassword: z.string().min(1, "Enter the password again"),
    })
    // The cast only names the two fields this schema itself adds; zod cannot infer them through the generic.
    .refine((input) => (input as PasswordPair).password === (input as PasswordPair).confirmPassword, {
      path: ["confirmPassword"],
      message: "The passwords do not match",
    });

/** The token from an emailed link (password reset or invitation). */
export const linkToken = (what: string) =>
  z.string().min(20, `This ${what} link is not complete`).max(100, `This ${what} link is not right`);

export const ZNewPassword = withConfirmedPassword({ token: linkToken("reset") });

/** A six-digit code from an authenticator app, or a recovery code (ABCDE-FGHJK). */
export const ZSecondFactorCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code from your authenticator app")
    .max(20, "Enter the 6-digit code, or a recovery code"),
});
