import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Outbox" };

const OutboxPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const messages = await listOutbox();
  return (
    <>
      <PageHeading>Outbox</PageHeading>
      <p className="mb-6 max-w-2xl">
        No mail server is set up, so emails are kept here instead of being sent. Set SMTP_URL to send them. The newest
        100 are shown.
      </p>
      {messages.length === 0 ? (
        <p>There are no emails in the outbox.</p>
      ) : (
        <DataTable
          caption="Emails in the outbox, newest first"
          rows={messages}
          rowKey={(message) => message.id}
          columns={[
            { header: "Written", cell: (message) => formatDateTime(message.createdAt) },
            { header: "To", cell: (message) => message.to },
            {
              header: "Subject",
              cell: (message) => <Link href={`/admin/outbox/${message.id}`}>{message.subject}</Link>,
            },
          ]}
        />
      )}
    </>
  );
};

export default OutboxPage;
