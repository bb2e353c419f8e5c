import type { Metadata } from "next";
import Link from "next/link";
import { OutcomeList } from "@/components/consultations/public-lists";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listPublishedOutcomes } from "@/lib/consultations/queries";
import { ZPage } from "@/lib/paging";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "You said, We did: every outcome" };

/** Every published outcome, a page at a time; rendered per request, since it reads the page from the address. */
const AllOutcomesPage = async ({ searchParams }: { searchParams: Promise<{ page?: string }> }) => {
  const { rows, page, pages } = await listPublishedOutcomes(ZPage.parse((await searchParams).page));
  return (
    <div className="max-w-3xl">
      <PageHeading caption="You said, We did">Every outcome</PageHeading>
      <p className="mb-6">
        The most recent first. See the <Link href="/you-said-we-did">latest</Link>.
      </p>
      <OutcomeList outcomes={rows} />
      <Pager label="You said, We did pages" path="/you-said-we-did/all" page={page} pages={pages} />
    </div>
  );
};

export default AllOutcomesPage;
