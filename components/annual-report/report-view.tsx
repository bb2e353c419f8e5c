import { KpiChart } from "@/components/kpi/kpi-chart";
import { DataTable } from "@/components/ui/data-table";
import type { ReportContent, ReportPart } from "@/lib/annual-report/content";
import { SECTION_TITLE } from "@/lib/annual-report/rules";
import { sectionBody, sectionTiles, type ReportTable } from "@/lib/annual-report/rows";

const Table = ({ table }: { table: ReportTable }) => (
  <>
    <h3 className="mb-2 mt-4 text-lg font-bold">{table.caption}</h3>
    {table.rows.length === 0 ? (
      <p className="mb-4">Nothing to show.</p>
    ) : (
      <DataTable
        caption={table.caption}
        rowKey={(row) => row.join("|")}
        rows={table.rows}
        columns={table.header.map((header, index) => ({ header, cell: (row: string[]) => row[index] }))}
      />
    )}
  </>
);

/** The charts of the KPIs an officer featured: each chart keeps its table (components/kpi/kpi-chart.tsx). */
const FeaturedCharts = ({ content, part }: { content: ReportContent; part: ReportPart }) => {
  const featured = sectionTiles(content, part).filter((tile) => part.featured.includes(tile.code));
  return featured.map((tile) => <KpiChart key={tile.code} tile={tile} />);
};

const Section = ({ content, part }: { content: ReportContent; part: ReportPart }) => {
  const body = sectionBody(content, part);
  const id = `section-${part.section.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {SECTION_TITLE[part.section]}
      </h2>
      {part.commentary && <p className="mb-4 max-w-3xl whitespace-pre-line">{part.commentary}</p>}
      {body.lines.map((line) => (
        <p key={line} className="mb-3 max-w-3xl">
          {line}
        </p>
      ))}
      {body.tables.map((table) => (
        <Table key={table.caption} table={table} />
      ))}
      <FeaturedCharts content={content} part={part} />
    </section>
  );
};

/** The report as tenants read it: the introduction, then each section the officers left in. */
export const ReportView = ({ content }: { content: ReportContent }) => (
  <>
    {content.introduction && <p className="mb-8 max-w-3xl whitespace-pre-line text-lg">{content.introduction}</p>}
    {content.parts
      .filter((part) => part.included)
      .map((part) => (
        <Section key={part.section} content={content} part={part} />
      ))}
  </>
);
