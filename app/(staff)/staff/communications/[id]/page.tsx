import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CardsForm } from "@/components/communications/cards-form";
import { SectionControls } from "@/components/communications/section-controls";
import { DraftReviewsPanel } from "@/components/reviews/draft-reviews-panel";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import type { SendChannel } from "@/lib/communications/choose-channel";
import { deliverySummary, failedDeliveries, getCommunication, previewAudience } from "@/lib/communications/queries";
import { renderForChannel } from "@/lib/communications/render-message";
import { count, formatDateTime } from "@/lib/format";
import { getLandlordContact } from "@/lib/landlord/queries";
import { askForReviewAction } from "../../reviews/actions";
import { changeSectionAction, chooseCardsAction, sendCommunicationAction } from "../actions";

export const metadata: Metadata = { title: "Newsletter" };

type Props = { params: Promise<{ id: string }> };

const CHANNEL: Record<string, string> = { EMAIL: "Email", SMS: "Text message", LETTER: "Letter" };
const STATUS: Record<string, string> = {
  QUEUED: "Waiting to go",
  SENT: "Sent",
  DELIVERED: "Delivered",
  FAILED: "Failed",
};

const Preview = ({ heading, text }: { heading: string; text: string }) => (
  <section className="mb-8">
    <h3 className="mb-2 text-xl font-bold">{heading}</h3>
    <div className="max-w-2xl border-2 border-gray-400 p-4 break-words whitespace-pre-wrap">{text}</div>
  </section>
);

type Communication = NonNullable<Awaited<ReturnType<typeof getCommunication>>>;

const Draft = async ({ communication }: { communication: Communication }) => {
  const [{ counts, total, names }, signOff] = await Promise.all([
    previewAudience(communication.audience),
    getLandlordContact(),
  ]);
  const preview = (channel: SendChannel) =>
    renderForChannel(channel, communication, { customerId: "preview", firstName: names[channel] }, signOff).text;
  return (
    <>
      <h2 id="sections" className="mb-4 text-2xl font-bold">
        Sections
      </h2>
      <SectionControls
        action={changeSectionAction}
        communicationId={communication.id}
        sections={communication.sections}
      />
      <h2 id="cards" className="mb-4 text-2xl font-bold">
        Cards
      </h2>
      <CardsForm action={chooseCardsAction} communicationId={communication.id} chosen={communication.cardKinds} />
      {communication.cardKinds.length > communication.cards.length && (
        <p className="mb-6">A card with nothing in it today (no open consultation, say) is left out of what is sent.</p>
      )}
      <h2 className="mb-4 text-2xl font-bold">Who gets it</h2>
      <SummaryList
        rows={[
          { term: "By email", value: counts.email },
          { term: "By text message", value: counts.text },
          { term: "By post", value: counts.letter },
          { term: "Cannot be reached (no consent and no postal address)", value: counts.unreachable },
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">What they get</h2>
      <Preview heading="As an email" text={preview("EMAIL")} />
      <Preview heading="As a text message" text={preview("SMS")} />
      <Preview heading="As a letter" text={preview("LETTER")} />
      <h2 className="mb-4 text-2xl font-bold">Send it</h2>
      {total === 0 ? (
        <p className="font-bold">Nobody in this audience can be reached, so there is nothing to send.</p>
      ) : (
        <>
          <p className="text-lg">
            This sends it to {total} {total === 1 ? "person" : "people"} and publishes it at News. It cannot be taken
            back.
          </p>
          <ConfirmForm
            action={sendCommunicationAction}
            fields={{ communicationId: communication.id, expectedTotal: String(total) }}
            confirm={`Yes, send it to ${total} ${total === 1 ? "person" : "people"}`}
            cancelHref="/staff/communications"
          />
        </>
      )}
    </>
  );
};

const Sent = async ({ communication }: { communication: Communication }) => {
  const id = communication.id;
  const [summary, failed] = await Promise.all([deliverySummary(id), failedDeliveries(id)]);
  return (
    <>
      <p className="mb-6 text-lg">
        Was this useful? In the archive {count(communication.usefulYes, "reader")} said yes and{" "}
        {count(communication.usefulNo, "reader")} said no.
      </p>
      <h2 className="mb-4 text-2xl font-bold">Deliveries</h2>
      <DataTable
        caption="Messages by channel and how far they have got"
        rows={summary}
        rowKey={(row) => `${row.channel}-${row.status}`}
        columns={[
          { header: "Channel", cell: (row) => CHANNEL[row.channel] },
          { header: "State", cell: (row) => STATUS[row.status] },
          { header: "Number", cell: (row) => row.count },
        ]}
      />
      <p className="my-6">
        Letters: <a href={`/staff/communications/${id}/letters?print=standard`}>print-ready PDF</a>,{" "}
        <a href={`/staff/communications/${id}/letters?print=large`}>large-print PDF</a> and{" "}
        <a href={`/staff/communications/${id}/letters.csv`}>addresses for mail merge (CSV)</a>.
      </p>
      {failed.length > 0 && (
        <DataTable
          caption="Messages that failed after every retry"
          rows={failed}
          rowKey={(row) => row.id}
          columns={[
            { header: "Customer", cell: (row) => `${row.customer.firstName} ${row.customer.lastName}` },
            { header: "Channel", cell: (row) => CHANNEL[row.channel] },
            { header: "Reason", cell: (row) => row.reason ?? "" },
          ]}
        />
      )}
    </>
  );
};

const CommunicationPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const communication = await getCommunication((await params).id);
  if (!communication) notFound();
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/staff/communications">Back to newsletters</Link>
      </p>
      <PageHeading>{communication.title}</PageHeading>
      <p className="mb-6 text-lg">
        {communication.sentAt ? `Sent ${formatDateTime(communication.sentAt)}. ` : "Draft: not sent yet. "}
        {communication.sentAt && <Link href={`/news/${communication.id}`}>Read it in the public archive</Link>}
      </p>
      {communication.status === "SENT" ? (
        <Sent communication={communication} />
      ) : (
        <Draft communication={communication} />
      )}
      <DraftReviewsPanel
        subjectKind="NEWSLETTER"
        subjectId={communication.id}
        isDraft={communication.status === "DRAFT"}
        askAction={askForReviewAction}
      />
    </div>
  );
};

export default CommunicationPage;
