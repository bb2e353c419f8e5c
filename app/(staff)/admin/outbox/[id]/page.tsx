import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { getOutboxMessage } from "@/lib/mail/queries";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  await requireRole(AREA_ROLES.admin);
  const message = await getOutboxMessage((await params).id);
  return { title: message ? `Email: ${message.subject}` : "Email in the outbox" };
};

const linkify = (text: string) =>
  text.split(/(https?:\/\/\S+)/).map((part, index) =>
    /^https?:\/\//.test(part) && !part.includes("[hidden") ? (
      <a key={index} href={part} className="break-all">
        {part}
      </a>
    ) : (
      part
    ),
  );

/** Both parts of one email as a mail program would show them, and the unsubscribe headers it would carry. */
const OutboxMessagePage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.admin);
  const message = await getOutboxMessage((await params).id);
  if (!message) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
      <PageHeading caption={`To ${message.to}, ${formatDateTime(message.createdAt)}`}>{message.subject}</PageHeading>
      {message.unsubscribeUrl && (
        <SummaryList
          rows={[
            { term: "List-Unsubscribe", value: <span className="break-all">{`<${message.unsubscribeUrl}>`}</span> },
            { term: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" },
          ]}
        />
      )}
      <h2 className="mb-2 text-2xl font-bold">Text part</h2>
      <pre id="text-part" className="mb-8 max-w-3xl whitespace-pre-wrap break-words font-sans">
        {linkify(message.text)}
      </pre>
      {message.html && (
        <>
          <h2 className="mb-2 text-2xl font-bold">HTML part</h2>
          <p className="mb-2">
            <a href={`/admin/outbox/${message.id}/html`}>Open the HTML part as a mail program shows it</a>
          </p>
          <details>
            <summary className="cursor-pointer font-bold">Its markup</summary>
            <pre className="mt-2 max-w-3xl whitespace-pre-wrap break-words text-base">{message.html}</pre>
          </details>
        </>
      )}
    </>
  );
};

export default OutboxMessagePage;
