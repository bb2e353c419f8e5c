import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/cache/build-phase";
import Link from "next/link";
import { OutcomeList } from "@/components/consultations/public-lists";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listPublishedOutcomes } from "@/lib/consultations/queries";

export const metadata: Metadata = { title: "You said, We did" };

const YouSaidWeDidPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/cache/build-phase.ts).
  if (isBuildPhase()) return null;
  // The latest outcomes; earlier ones are a page away, so this page stays short and is cached for everyone.
  const { rows, pages } = await listPublishedOutcomes();
  return (
    <div className="max-w-3xl">
      <PageHeading>You said, We did</PageHeading>
      <p className="mb-6">
        What we changed because of what customers told us. See all <Link href="/consultations">consultations</Link>.
      </p>
      <OutcomeList outcomes={rows} />
      <Pager
        label="You said, We did pages"
        path="/you-said-we-did/all"
        page={1}
        pages={pages}
        next="Earlier outcomes"
      />
    </div>
  );
};

export default YouSaidWeDidPage;
