import type { Metadata } from "next";
import Link from "next/link";
import { OverdueTag } from "@/components/feedback/overdue-tag";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { landlordRegime, today } from "@/lib/feedback/clock";
import { KIND_LABEL, options, SERVICE_AREA_LABEL, stageLabel, STATUS_LABEL } from "@/lib/feedback/labels";
import { listFeedbackQueue, QUEUE_LIMIT } from "@/lib/feedback/queries";
import { ZFeedbackQueueFilter } from "@/lib/feedback/schemas";
import { count, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Feedback and complaints" };

const SUMMARY_LENGTH = 80;

/** The start of what the sender wrote, cut at a word, so an officer can tell items apart in the queue. */
const summary = (details: string) => {
  const text = details.replace(/\s+/g, " ").trim();
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : SUMMARY_LENGTH)}…`;
};

const senderName = (item: { customer: { firstName: string; lastName: string } | null; contactName: string | null }) =>
  item.customer ? `${item.customer.firstName} ${item.customer.lastName}` : (item.contactName ?? "Anonymous");

const FeedbackQueuePage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  await requireRole(AREA_ROLES.staff);
  const filter = ZFeedbackQueueFilter.parse(await searchParams);
  const [items, regime] = await Promise.all([listFeedbackQueue(filter, today(new Date())), landlordRegime()]);
  return (
    <>
      <PageHeading>Feedback and complaints</PageHeading>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>
          <Link href="/staff/feedback/new">Record feedback from a call, letter, visit or email</Link>
        </li>
        <li>
          <a href="/staff/feedback/complaints.csv" download>
            Download complaints in the complaints file format (CSV)
          </a>
          , to add to the <Link href="/staff/measures/complaints">complaints figures</Link>
        </li>
        <li>
          <Link href="/staff/feedback/standards">Service standard for feedback</Link>
        </li>
        <li>
          <Link href="/board/feedback">Feedback themes by quarter</Link>
        </li>
      </ul>
      <FilterForm label="Feedback" submit="Show feedback" layout="grid gap-4 md:grid-cols-5">
        <SelectField
          name="status"
          label="Status"
          options={options(STATUS_LABEL)}
          defaultValue={filter.status}
          emptyLabel="Not closed"
        />
        <SelectField name="kind" label="Kind" options={options(KIND_LABEL)} defaultValue={filter.kind} />
        <SelectField
          name="serviceArea"
          label="Service"
          options={options(SERVICE_AREA_LABEL)}
          defaultValue={filter.serviceArea}
        />
        <SelectField
          name="assigned"
          label="Officer"
          options={[{ value: "none", label: "Not assigned" }]}
          defaultValue={filter.assigned}
        />
        <SelectField
          name="overdue"
          label="Overdue"
          options={[{ value: "yes", label: "Overdue only" }]}
          defaultValue={filter.overdue}
        />
      </FilterForm>
      <h2 className="mb-2 text-2xl font-bold">
        {items.length === QUEUE_LIMIT ? `The first ${QUEUE_LIMIT} items` : count(items.length, "item")}
      </h2>
      {items.length > 0 && (
        <DataTable
          caption="Feedback matching the filters, soonest due first"
          rows={items}
          rowKey={(item) => item.id}
          columns={[
            { header: "Reference", cell: (item) => <Link href={`/staff/feedback/${item.id}`}>{item.reference}</Link> },
            { header: "From", cell: (item) => senderName(item) },
            { header: "Summary", cell: (item) => summary(item.details) },
            {
              header: "Kind",
              cell: (item) =>
                item.kind === "COMPLAINT" ? `Complaint, ${stageLabel(regime, item.stage)}` : KIND_LABEL[item.kind],
            },
            { header: "Service", cell: (item) => SERVICE_AREA_LABEL[item.serviceArea] },
            { header: "Status", cell: (item) => STATUS_LABEL[item.status] },
            { header: "Acknowledge by", cell: (item) => formatDate(item.acknowledgeBy, "Not needed") },
            { header: "Answer by", cell: (item) => formatDate(item.answerBy) },
            { header: "Officer", cell: (item) => item.assignedTo?.name ?? "Not assigned" },
            { header: "Overdue", cell: (item) => <OverdueTag overdue={item.overdue} /> },
          ]}
        />
      )}
    </>
  );
};

export default FeedbackQueuePage;
