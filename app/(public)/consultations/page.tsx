import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/cache/build-phase";
import Link from "next/link";
import { DocumentLinks } from "@/components/consultations/document-list";
import { PageHeading } from "@/components/ui/page-heading";
import { CONSULTATION_TOPIC_LABEL } from "@/lib/consultations/labels";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Consultations" };

type Item = Awaited<ReturnType<typeof listPublicConsultations>>[number];

const List = ({ items, empty, when }: { items: Item[]; empty: string; when: (item: Item) => string }) =>
  items.length === 0 ? (
    <p className="mb-8">{empty}</p>
  ) : (
    <ul className="mb-8 space-y-4">
      {items.map((item) => (
        <li key={item.id} className="border-l-4 border-gray-400 pl-4">
          <h3 className="text-lg font-bold">{item.title}</h3>
          <p className="text-gray-700">About: {CONSULTATION_TOPIC_LABEL[item.topic].toLowerCase()}</p>
          <p>{item.summary}</p>
          <p className="text-gray-700">{when(item)}</p>
          {item.documents.length > 0 && <DocumentLinks documents={item.documents} />}
        </li>
      ))}
    </ul>
  );

const ConsultationHubPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/cache/build-phase.ts).
  if (isBuildPhase()) return null;
  const consultations = await listPublicConsultations(new Date());
  const withStatus = (...statuses: Item["effectiveStatus"][]) =>
    consultations.filter((c) => statuses.includes(c.effectiveStatus));
  return (
    <div className="max-w-3xl">
      <PageHeading>Consultations</PageHeading>
      <p className="mb-6">
        We ask customers before we make changes that affect them. <Link href="/sign-in">Sign in</Link> to answer an open
        consultation, or ask your involvement officer for a paper copy.
      </p>
      <h2 className="mb-4 text-2xl font-bold">Open now</h2>
      <List
        items={withStatus("OPEN")}
        empty="No consultations are open at the moment."
        when={(c) => `Open until ${formatDateTime(c.closesAt)}.`}
      />
      <h2 className="mb-4 text-2xl font-bold">Coming soon</h2>
      <List
        items={withStatus("SCHEDULED")}
        empty="None planned yet."
        when={(c) => `Opens ${formatDateTime(c.opensAt)}.`}
      />
      <h2 className="mb-4 text-2xl font-bold">Closed</h2>
      <List
        items={withStatus("CLOSED", "RESULTS_PUBLISHED", "OUTCOME_PUBLISHED")}
        empty="None yet."
        when={(c) =>
          `Closed ${formatDateTime(c.closesAt)}. ${c.effectiveStatus === "OUTCOME_PUBLISHED" ? "See what we did on You said, We did." : "What we do about it will be published on You said, We did."}`
        }
      />
      <p>
        <Link href="/you-said-we-did">You said, We did: what changed because of consultations</Link>
      </p>
    </div>
  );
};

export default ConsultationHubPage;
