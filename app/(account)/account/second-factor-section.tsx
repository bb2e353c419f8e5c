import { buttonProps } from "@/components/ui/button-styles";
import type { CurrentUser } from "@/lib/auth/session";
import { pendingSecret } from "@/lib/auth/second-factor";
import { enrolmentQr } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { startEnrolmentAction } from "./actions";
import { EnrolmentForm } from "./enrolment-form";

/** Setting up an authenticator app, for staff and board members (tenants sign in with a password only). */
export const SecondFactorSection = async ({ user }: { user: CurrentUser }) => {
  if (user.role === "TENANT") return null;
  const { totpEnabledAt } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpEnabledAt: true },
  });
  const pending = totpEnabledAt ? null : await pendingSecret(user.id);
  return (
    <section aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading" className="text-2xl font-bold">
        Authenticator app (second factor)
      </h2>
      {totpEnabledAt ? (
        <p className="mt-2">
          Set up on {formatDate(totpEnabledAt)}. When you sign in, you enter a code from the app after your password. If
          you lose your phone, use a recovery code or ask an administrator to reset it.
        </p>
      ) : pending ? (
        <>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>Open an authenticator app on your phone and add an account by scanning this QR code.</li>
            <li>
              If you cannot scan it, type this key into the app instead:{" "}
              <code className="break-all font-bold">{pending.secret}</code>
            </li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          <div
            className="my-4 w-56 bg-white"
            role="img"
            aria-label="QR code to scan with your authenticator app"
            // The SVG is drawn by the qrcode package from the app's address: no user text goes into it.
            dangerouslySetInnerHTML={{ __html: await enrolmentQr(pending.email, pending.secret) }}
          />
          <EnrolmentForm />
        </>
      ) : (
        <>
          <p className="mt-2">
            An authenticator app on your phone gives a new code every 30 seconds. With it, someone who learns your
            password still cannot sign in as you.
          </p>
          <form action={startEnrolmentAction} className="mt-4">
            <button type="submit" {...buttonProps("secondary")}>
              Set up an authenticator app
            </button>
          </form>
        </>
      )}
    </section>
  );
};
