import type { Metadata } from "next";
import Link from "next/link";
import { SuppressedCountsTable } from "@/components/people/suppressed-counts-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { getEqualitySummary } from "@/lib/people/equality-queries";

export const metadata: Metadata = { title: "Equality monitoring" };

const EqualityPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const summary = await getEqualitySummary();
  return (
    <>
      <PageHeading>Equality monitoring</PageHeading>
      <p className="mb-6 max-w-2xl">
        Answers from current customers. Counts under {SMALL_NUMBER_THRESHOLD} are shown as &ldquo;fewer than{" "}
        {SMALL_NUMBER_THRESHOLD}&rdquo; so that nobody can be identified.
      </p>
      <p className="mb-6 max-w-2xl">
        <Link href="/staff/reach">Who takes part compared with who we house, and who is seldom heard</Link>
      </p>
      {summary.map((question) => (
        <section key={question.label} className="mb-8">
          <h2 className="mb-2 text-xl font-bold">{question.label}</h2>
          <SuppressedCountsTable
            caption={`Answers to: ${question.label}`}
            countHeader="Customers"
            rows={question.rows}
          />
        </section>
      ))}
    </>
  );
};

export default EqualityPage;
