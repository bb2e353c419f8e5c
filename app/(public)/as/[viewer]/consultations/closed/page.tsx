import type { Metadata } from "next";
import Link from "next/link";
import { closedWhen, PublicConsultationList } from "@/components/consultations/public-lists";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listClosedPublicConsultations } from "@/lib/consultations/queries";
import { ZPage } from "@/lib/paging";
import { count, plural } from "@/lib/format";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Closed consultations" };

/** Every closed consultation, a page at a time; rendered per request, since it reads the page from the address. */
const ClosedConsultationsPage = async ({ searchParams }: { searchParams: Promise<{ page?: string }> }) => {
  const { consultations, page, pages, total } = await listClosedPublicConsultations(
    new Date(),
    ZPage.parse((await searchParams).page),
  );
  return (
    <div className="max-w-3xl">
      <PageHeading>Closed consultations</PageHeading>
      <p className="mb-6">
        {count(total, "consultation")} {plural(total, "has", "have")} closed, the most recent first. See what is{" "}
        <Link href="/consultations">open now</Link>.
      </p>
      <PublicConsultationList items={consultations} empty="None yet." when={closedWhen} />
      <Pager label="Closed consultations pages" path="/consultations/closed" page={page} pages={pages} />
    </div>
  );
};

export default ClosedConsultationsPage;
