import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { maskAccountLinks } from "@/lib/mail/mask-links";
import { getOutboxMessage } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Email in the outbox" };

const linkify = (text: string) =>
  text.split(/(https?:\/\/\S+)/).map((part, index) =>
    /^https?:\/\//.test(part) && !part.includes("[hidden") ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );

const OutboxMessagePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.admin);
  const message = await getOutboxMessage((await params).id);
  if (!message) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
      <PageHeading caption={`To ${message.to}, ${formatDateTime(message.createdAt)}`}>{message.subject}</PageHeading>
      <pre className="max-w-3xl font-sans whitespace-pre-wrap">{linkify(maskAccountLinks(message.text))}</pre>
    </>
  );
};

export default OutboxMessagePage;
