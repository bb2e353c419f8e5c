import { describeSize } from "@/lib/consultations/document-rules";
import { documentHref } from "@/lib/consultations/documents";

type Document = { id: string; consultationId: string; title: string; sizeBytes: number };

/** Links to documents, each saying it is a PDF and how big, so people on slow or paid connections know first. */
export const DocumentLinks = ({ documents }: { documents: Document[] }) => (
  <ul className="list-disc space-y-1 pl-6">
    {documents.map((document) => (
      <li key={document.id}>
        <a href={documentHref(document)}>{document.title}</a> ({describeSize(document.sizeBytes)})
      </li>
    ))}
  </ul>
);

/** A consultation's documents under their own heading, for the page about that one consultation. */
export const DocumentList = ({ documents }: { documents: Document[] }) =>
  documents.length === 0 ? null : (
    <section aria-labelledby="documents-heading" className="mb-6">
      <h2 id="documents-heading" className="mb-2 text-xl font-bold">
        Documents to read
      </h2>
      <DocumentLinks documents={documents} />
    </section>
  );
