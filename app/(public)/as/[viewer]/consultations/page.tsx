import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/build-phase";
import Link from "next/link";
import { closedWhen, PublicConsultationList } from "@/components/consultations/public-lists";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listClosedPublicConsultations, listLivePublicConsultations } from "@/lib/consultations/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Consultations" };

const ConsultationHubPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const now = new Date();
  const [live, closed] = await Promise.all([listLivePublicConsultations(now), listClosedPublicConsultations(now, 1)]);
  return (
    <div className="max-w-3xl">
      <PageHeading>Consultations</PageHeading>
      <p className="mb-6">
        We ask customers before we make changes that affect them. <Link href="/sign-in">Sign in</Link> to answer an open
        consultation, or ask your involvement officer for a paper copy.
      </p>
      <h2 className="mb-4 text-2xl font-bold">Open now</h2>
      <PublicConsultationList
        items={live.filter((c) => c.effectiveStatus === "OPEN")}
        empty="No consultations are open at the moment."
        when={(c) => `Open until ${formatDateTime(c.closesAt)}.`}
      />
      <h2 className="mb-4 text-2xl font-bold">Coming soon</h2>
      <PublicConsultationList
        items={live.filter((c) => c.effectiveStatus === "SCHEDULED")}
        empty="None planned yet."
        when={(c) => `Opens ${formatDateTime(c.opensAt)}.`}
      />
      <h2 className="mb-4 text-2xl font-bold">Closed</h2>
      {/* The latest closed ones; earlier ones are a page away, so this page stays short and is cached for everyone. */}
      <PublicConsultationList items={closed.consultations} empty="None yet." when={closedWhen} />
      <Pager
        label="Closed consultations pages"
        path="/consultations/closed"
        page={1}
        pages={closed.pages}
        next="Earlier closed consultations"
      />
      <p className="mt-6">
        <Link href="/you-said-we-did">You said, We did: what changed because of consultations</Link>
      </p>
    </div>
  );
};

export default ConsultationHubPage;
