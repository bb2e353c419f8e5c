import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { listServiceStandards } from "@/lib/service-standards/queries";

export const metadata: Metadata = { title: "Customer service standards" };

/** The promises published on /service-standards, each measured by a KPI from the library. */
const ServiceStandardsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const standards = await listServiceStandards();
  return (
    <div className="max-w-3xl">
      <PageHeading>Customer service standards</PageHeading>
      <p className="mb-6">
        Our promise for each way customers contact us, shown on <Link href="/service-standards">the public page</Link>{" "}
        with the latest quarter&apos;s figure from the KPI that measures it.
      </p>
      <SummaryList
        rows={standards.map((standard) => ({
          term: standard.label,
          value: (
            <>
              <p>{standard.promise || "No standard set yet."}</p>
              <p>Measured by: {standard.kpiCode ?? "no KPI"}</p>
              <Link href={`/staff/service-standards/${standard.channel.toLowerCase()}`}>
                Change<span className="sr-only"> the standard for {standard.label.toLowerCase()}</span>
              </Link>
            </>
          ),
        }))}
      />
    </div>
  );
};

export default ServiceStandardsPage;
