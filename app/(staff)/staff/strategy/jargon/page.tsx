import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listJargonTerms } from "@/lib/strategy/queries";
import { saveJargonTermAction } from "./actions";

export const metadata: Metadata = { title: "Jargon buster" };

const JargonPage = async ({ searchParams }: { searchParams: Promise<{ edit?: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { edit } = await searchParams;
  const terms = await listJargonTerms();
  const editing = terms.find((term) => term.id === edit);
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/strategy">Back to the involvement strategy</Link>
      </p>
      <PageHeading>Jargon buster</PageHeading>
      <p className="mb-6 max-w-2xl">
        Tenants see these plain-English meanings beside the strategy on the public strategy page.
      </p>
      <section className="mb-10 max-w-2xl">
        <h2 className="mb-3 text-2xl font-bold">{editing ? `Change "${editing.term}"` : "Add a term"}</h2>
        <ActionForm
          key={editing?.id ?? "new"}
          action={saveJargonTermAction}
          label={editing ? "Change a term" : "Add a term"}
          hidden={editing ? { termId: editing.id } : {}}
          submit={editing ? "Save changes" : "Add term"}
          fields={[
            { kind: "text", name: "term", label: "Word or phrase", defaultValue: editing?.term },
            {
              kind: "textarea",
              name: "definition",
              label: "What it means",
              hint: "Use short, everyday words.",
              rows: 3,
              defaultValue: editing?.definition,
            },
          ]}
        />
      </section>
      {terms.length > 0 && (
        <DataTable
          caption="Terms in the jargon buster"
          rowKey={(row) => row.id}
          rows={terms}
          columns={[
            { header: "Term", cell: (row) => row.term },
            { header: "Meaning", cell: (row) => row.definition },
            {
              header: "Change",
              cell: (row) => (
                <Link href={`/staff/strategy/jargon?edit=${row.id}`}>
                  Change<span className="sr-only"> {row.term}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
};

export default JargonPage;
