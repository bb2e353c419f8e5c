import type { Metadata } from "next";
import Link from "next/link";
import { CsvUploadForm } from "@/components/ui/csv-upload-form";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { COLUMN_GUIDE, IMPORT_COLUMNS } from "@/lib/people/import/columns";
import { getImportResult, previewUpload } from "@/lib/people/import/queries";
import { ConfirmForm } from "./confirm-form";
import { uploadCustomersAction } from "./actions";
import { ImportPreviewSummary } from "./import-preview";

export const metadata: Metadata = { title: "Import customers" };

type Search = { upload?: string; done?: string };

const ColumnGuide = () => (
  <>
    <h2 className="mb-2 mt-10 text-2xl font-bold">What the file must contain</h2>
    <p className="mb-4 max-w-3xl">
      One line per customer, with this header row. Customers are matched by their reference: a new reference adds a
      customer, a known one updates them. Importing the same file twice changes nothing. You can start from the{" "}
      <a href="/samples/customers.csv">sample file (CSV)</a>.
    </p>
    <DataTable
      caption="Columns of the customer file"
      columns={[
        { header: "Column", cell: (column) => <code>{column}</code> },
        { header: "What to put in it", cell: (column) => COLUMN_GUIDE[column] },
      ]}
      rows={[...IMPORT_COLUMNS]}
      rowKey={(column) => column}
    />
  </>
);

const ImportPage = async ({ searchParams }: { searchParams: Promise<Search> }) => {
  await requireRole(AREA_ROLES.staff);
  const { upload, done } = await searchParams;
  const result = done ? await getImportResult(done) : null;
  const preview = upload ? await previewUpload(upload) : null;
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/customers">Back to find a customer</Link>
      </p>
      <PageHeading>Import customers and homes</PageHeading>
      {result && (
        <Notice title="The customers have been imported">
          {result.added} added, {result.updated} updated, {result.unchanged} unchanged.
        </Notice>
      )}
      {upload && !preview && (
        <p className="mb-6 font-bold">We no longer have that file. Upload it again to check and import it.</p>
      )}
      {preview && upload ? (
        <>
          <ImportPreviewSummary preview={preview} />
          {preview.errorCount === 0 && preview.counts.add + preview.counts.update > 0 && (
            <ConfirmForm upload={upload} digest={preview.digest} />
          )}
          <p className="mt-6">
            <Link href="/staff/customers/import">Upload a different file</Link>
          </p>
        </>
      ) : (
        <>
          <CsvUploadForm
            action={uploadCustomersAction}
            labels={{ file: "Customer file" }}
            hint="A CSV file saved as UTF-8, up to 20 MB. Nothing is changed until you have checked what it will do."
            submit="Check the file"
          />
          <ColumnGuide />
        </>
      )}
    </>
  );
};

export default ImportPage;
