import type { Metadata } from "next";
import Link from "next/link";
import { RagTag } from "@/components/kpi/rag-tag";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { isBuildPhase } from "@/lib/build-phase";
import { targetShown } from "@/lib/kpi/rules";
import { getStandardsPerformance } from "@/lib/service-standards/performance";

export const metadata: Metadata = { title: "Our service standards" };

/** The landlord's promise for each way of contacting it, and how it did in the latest finished quarter. */
const ServiceStandardsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const { landlordName, quarterLabel, standards } = await getStandardsPerformance(new Date());
  return (
    <div className="max-w-4xl">
      <PageHeading caption={landlordName}>Our service standards</PageHeading>
      <p className="mb-6">
        What you can expect when you contact us, and how we did in {quarterLabel}. Tell us how we did:{" "}
        <Link href="/feedback">give us feedback or make a complaint</Link>.
      </p>
      <DataTable
        caption={`Our service standards and how we did in ${quarterLabel}`}
        rowKey={(standard) => standard.channel}
        rows={standards}
        columns={[
          { header: "How you contact us", cell: (standard) => standard.label },
          { header: "Our promise", cell: (standard) => standard.promise || "No standard set yet" },
          {
            header: "Target",
            cell: (standard) => (standard.tile ? targetShown(standard.tile.unit, standard.tile.target) : "None set"),
          },
          { header: "How we did", cell: (standard) => standard.tile?.shown ?? "Not measured yet" },
          { header: "Result", cell: (standard) => (standard.tile ? <RagTag rag={standard.tile.rag} /> : "") },
        ]}
      />
      <p className="mt-6">
        See how we did over the whole year in <Link href="/annual-report">our annual report</Link>.
      </p>
    </div>
  );
};

export default ServiceStandardsPage;
