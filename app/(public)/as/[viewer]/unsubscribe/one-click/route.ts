import { formClient } from "@/lib/auth/client-ip";
import { limitPublicForm } from "@/lib/auth/public-form-limit";
import { Throttled } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { unsubscribeFromEmail } from "@/lib/people/unsubscribe-from-email";

/**
 * RFC 8058 one-click unsubscribe: mail programs POST here (body "List-Unsubscribe=One-Click") from their own
 * button, and the form on /unsubscribe posts here too. Only POST changes anything; the signed token is the
 * authority, so no session or form token is needed.
 */
export const POST = async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await limitPublicForm("unsubscribe", formClient(request.headers));
    await unsubscribeFromEmail({ token });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return new Response(error.message, {
      status: error instanceof Throttled ? 429 : 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const body = await request.text();
  // A mail program's one-click post wants no page; a person's form post goes on to the confirmation page.
  if (body.includes("List-Unsubscribe=One-Click")) return new Response("Unsubscribed", { status: 200 });
  // A relative address: behind a proxy or on another host name, request.url need not be the address people use.
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe?token=${encodeURIComponent(token)}&done=1` },
  });
};
