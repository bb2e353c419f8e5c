import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { count, formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/mail/queries";
import { ZOutboxSearch } from "@/lib/mail/schemas";

export const metadata: Metadata = { title: "Outbox" };

const KIND: Record<string, string> = { EMAIL: "Email", SMS: "Text message", LETTER: "Letter" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OutboxPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.admin);
  const search = ZOutboxSearch.parse(await searchParams);
  const { messages, total, page, pages } = await listOutbox({ search: search.q, page: search.page });
  return (
    <>
      <PageHeading>Outbox</PageHeading>
      <p className="mb-6 max-w-2xl">
        Emails, text messages and letters are kept here while no provider is set up for them (see the README). Set
        SMTP_URL to send emails.
      </p>
      <FilterForm label="Search the outbox" submit="Search" layout="flex flex-wrap items-end gap-4">
        <TextField name="q" label="Address, subject or words in the email" defaultValue={search.q} state={IDLE} />
      </FilterForm>
      <p className="mb-4" role="status">
        {count(total, "email")}
        {search.q && ` mentioning “${search.q}”`}.
      </p>
      {messages.length > 0 && (
        <DataTable
          caption="Emails in the outbox, newest first"
          rows={messages}
          rowKey={(message) => message.id}
          columns={[
            { header: "Written", cell: (message) => formatDateTime(message.createdAt) },
            { header: "Kind", cell: (message) => KIND[message.channel] },
            { header: "To", cell: (message) => message.to, className: "break-all" },
            {
              header: "Subject",
              cell: (message) => <Link href={`/admin/outbox/${message.id}`}>{message.subject}</Link>,
            },
          ]}
        />
      )}
      <Pager label="Outbox pages" path="/admin/outbox" filters={{ q: search.q }} page={page} pages={pages} />
    </>
  );
};

export default OutboxPage;
