import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/build-phase";
import Link from "next/link";
import { OutcomeList } from "@/components/consultations/public-lists";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listPublishedOutcomes } from "@/lib/consultations/queries";
import { publishedLearning } from "@/lib/feedback/published-learning";

export const metadata: Metadata = { title: "You said, We did" };

const YouSaidWeDidPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  // The latest outcomes; earlier ones are a page away, so this page stays short and is cached for everyone.
  const [{ rows, pages }, learning] = await Promise.all([listPublishedOutcomes(), publishedLearning(undefined, 10)]);
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
      {learning.length > 0 && (
        <section aria-labelledby="complaints-learning" className="mt-10">
          <h2 id="complaints-learning" className="mb-4 text-2xl font-bold">
            What we learned from your complaints
          </h2>
          <ul className="space-y-6">
            {learning.map((row) => (
              <li key={row.anchor} id={row.anchor}>
                <h3 className="text-lg font-bold">{row.serviceArea}</h3>
                <p>
                  <strong>We learned:</strong> {row.learned}
                </p>
                <p>
                  <strong>We changed:</strong> {row.changed}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};

export default YouSaidWeDidPage;
