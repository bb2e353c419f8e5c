import { DataTable } from "@/components/ui/data-table";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDateTime } from "@/lib/format";
import type { ReturnView as View } from "@/lib/regulatory-return/queries";
import { formatReturnValue, type ReturnSource } from "@/lib/regulatory-return/rules";
import { financialYearLabel } from "@/lib/uk-time";

const SOURCE_LABEL: Record<ReturnSource, string> = {
  survey: "Perception survey",
  complaints: "Complaints recorded",
  management: "Management figures",
  entered: "Entered for the return",
};

/** A year's return as the regulator lays it out, its missing indicators, and the method statement in England. */
export const ReturnView = ({ view }: { view: View }) => {
  const { figures, missing, submission } = view;
  const year = financialYearLabel(figures.year);
  const scotland = figures.regime === "SCOTLAND";
  return (
    <>
      {submission ? (
        <p className="mb-6 max-w-3xl border-l-4 border-gray-700 pl-4">
          Submitted to the regulator on {formatDateTime(submission.at)} by {submission.by}, reference{" "}
          {submission.reference}. These are the figures as submitted; they no longer change.
        </p>
      ) : (
        <p className="mb-6 max-w-3xl">
          A draft: the figures are the measures pages&apos; own, as they stand today. They are kept as they are when the
          return is marked submitted.
        </p>
      )}
      <section aria-labelledby="missing-heading" className="mb-8">
        <h2 id="missing-heading" className="mb-2 text-2xl font-bold">
          Still missing
        </h2>
        {missing.length === 0 ? (
          <p>Every {scotland ? "indicator" : "measure"} has a figure.</p>
        ) : (
          <ul className="list-disc pl-6">
            {missing.map((item) => (
              <li key={item.code}>
                {scotland ? `Indicator ${item.code}` : item.code}: {item.name}
              </li>
            ))}
          </ul>
        )}
      </section>
      <DataTable
        caption={`${scotland ? "Charter indicators" : "Tenant satisfaction measures"}, ${year}`}
        rowKey={(line) => `${line.code}|${line.group}`}
        rows={figures.lines}
        columns={[
          { header: scotland ? "Indicator" : "Measure", cell: (line) => line.code },
          { header: "Name", cell: (line) => line.name },
          { header: scotland ? "For" : "Tenure", cell: (line) => line.group },
          { header: "Figure", cell: (line) => formatReturnValue(line) },
          {
            header: "Counted from",
            cell: (line) =>
              line.numerator === null
                ? ""
                : `${line.numerator.toLocaleString("en-GB")} of ${line.denominator?.toLocaleString("en-GB")}`,
          },
          { header: "Source", cell: (line) => SOURCE_LABEL[line.source] },
        ]}
      />
      {figures.method.length > 0 && (
        <section aria-labelledby="method-heading" className="mt-8">
          <h2 id="method-heading" className="mb-2 text-2xl font-bold">
            Sample method statement
          </h2>
          <SummaryList rows={figures.method.map((item) => ({ term: item.label, value: item.value }))} />
        </section>
      )}
    </>
  );
};
