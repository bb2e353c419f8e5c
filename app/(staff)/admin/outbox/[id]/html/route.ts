import { notFound } from "next/navigation";
import { SANDBOXED_EMAIL_POLICY } from "@/lib/auth/request-guard";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getOutboxMessage } from "@/lib/mail/queries";

/**
 * An email's HTML part as a mail program would show it, for an administrator. The sandbox policy gives it an
 * opaque origin with no script, so markup in an email can never act on the portal.
 */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.admin);
  const message = await getOutboxMessage((await params).id);
  if (!message?.html) notFound();
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": SANDBOXED_EMAIL_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
};
