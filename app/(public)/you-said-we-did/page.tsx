import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/cache/build-phase";
import Link from "next/link";
import { OutcomeTexts } from "@/components/consultations/outcome-texts";
import { PageHeading } from "@/components/ui/page-heading";
import { listPublishedOutcomes } from "@/lib/consultations/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "You said, We did" };

const YouSaidWeDidPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/cache/build-phase.ts).
  if (isBuildPhase()) return null;
  const outcomes = await listPublishedOutcomes();
  return (
    <div className="max-w-3xl">
      <PageHeading>You said, We did</PageHeading>
      <p className="mb-6">
        What we changed because of what customers told us. See all <Link href="/consultations">consultations</Link>.
      </p>
      {outcomes.length === 0 && <p>Nothing has been published yet.</p>}
      {outcomes.map((item) => (
        <article key={item.id} className="mb-8 border-l-4 border-green-800 pl-4" aria-labelledby={`outcome-${item.id}`}>
          <h2 id={`outcome-${item.id}`} className="text-2xl font-bold">
            {item.title}
          </h2>
          <p className="text-gray-700">
            Closed {formatDate(item.closesAt)}. {item._count.responses}{" "}
            {item._count.responses === 1 ? "response" : "responses"}.
          </p>
          <OutcomeTexts youSaid={item.youSaid} outcome={item.outcome} level={3} />
        </article>
      ))}
    </div>
  );
};

export default YouSaidWeDidPage;
