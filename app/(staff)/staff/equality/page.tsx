import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
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
      {summary.map((question) => (
        <section key={question.label} className="mb-8">
          <h2 className="mb-2 text-xl font-bold">{question.label}</h2>
          <DataTable
            caption={`Answers to: ${question.label}`}
            rows={question.rows}
            rowKey={(row) => row.answer}
            columns={[
              { header: "Answer", cell: (row) => row.answer },
              { header: "Customers", cell: (row) => (row.count === null ? `fewer than ${SMALL_NUMBER_THRESHOLD}` : row.count) },
            ]}
          />
        </section>
      ))}
    </>
  );
};

export default EqualityPage;
