import { DataTable } from "@/components/ui/data-table";
import { CUSTOMER_KIND_LABEL } from "@/lib/people/labels";
import type { ImportPreview } from "@/lib/people/import/queries";
import { WHOLE_LINE } from "@/lib/uploads/problems";
import { count, plural } from "@/lib/format";

type SampleRow = ImportPreview["toAdd"][number];

const SampleTable = ({ caption, rows, showChanges }: { caption: string; rows: SampleRow[]; showChanges?: boolean }) => (
  <DataTable
    caption={caption}
    columns={[
      { header: "Line", cell: (row) => row.line },
      { header: "Reference", cell: (row) => row.reference },
      { header: "Name", cell: (row) => row.name },
      { header: "Kind", cell: (row) => CUSTOMER_KIND_LABEL[row.kind] },
      showChanges
        ? { header: "Changed columns", cell: (row) => row.changes.join(", ") }
        : { header: "Home", cell: (row) => row.home ?? "No home" },
    ]}
    rows={rows}
    rowKey={(row) => String(row.line)}
  />
);

/** What the file would do, before anything is written: counts, every problem by line and column, examples. */
export const ImportPreviewSummary = ({ preview }: { preview: ImportPreview }) => {
  const { counts } = preview;
  return (
    <>
      <h2 className="mb-2 text-2xl font-bold">Check what this file will do</h2>
      <ul className="mb-6 list-disc pl-6 text-lg">
        <li>{count(counts.add, "customer")} to add</li>
        <li>{count(counts.update, "customer")} to update</li>
        <li>{count(counts.unchanged, "customer")} already up to date</li>
        <li>
          {count(preview.homesToAdd, "home")} to add and {preview.homesToUpdate} to update
        </li>
        {preview.newAreas.length > 0 && <li>New areas: {preview.newAreas.join(", ")}</li>}
        <li>{preview.linesWithErrors} lines with errors</li>
      </ul>
      {preview.errorCount > 0 && (
        <section aria-labelledby="import-errors" className="mb-8 border-4 border-red-700 p-4">
          <h3 id="import-errors" className="text-xl font-bold">
            Nothing can be imported until{" "}
            {plural(preview.errorCount, "this problem is", `these ${preview.errorCount} problems are`)} corrected
          </h3>
          {preview.errorCount > preview.errors.length && <p>The first {preview.errors.length} are listed.</p>}
          <DataTable
            caption="Problems in the file"
            columns={[
              { header: "Line", cell: (error) => error.line },
              { header: "Column", cell: (error) => (error.column === WHOLE_LINE ? "Whole line" : error.column) },
              { header: "Problem", cell: (error) => error.message },
            ]}
            rows={preview.errors}
            rowKey={(error) => `${error.line}-${error.column}-${error.message}`}
          />
        </section>
      )}
      {preview.toAdd.length > 0 && (
        <section className="mb-8">
          <h3 className="mb-2 text-xl font-bold">
            Customers to add{counts.add > preview.toAdd.length && " (first lines)"}
          </h3>
          <SampleTable caption="Customers to add" rows={preview.toAdd} />
        </section>
      )}
      {preview.toUpdate.length > 0 && (
        <section className="mb-8">
          <h3 className="mb-2 text-xl font-bold">
            Customers to update{counts.update > preview.toUpdate.length && " (first lines)"}
          </h3>
          <SampleTable caption="Customers to update" rows={preview.toUpdate} showChanges />
        </section>
      )}
      {preview.errorCount === 0 && counts.add + counts.update === 0 && (
        <p className="mb-6 font-bold">Every customer in this file is already up to date: there is nothing to import.</p>
      )}
    </>
  );
};
