import { DataTable } from "./data-table";

type Row = { label: string; count: number; percent: number };

/**
 * Bars for sighted readers and, beside them, the same figures as a table that screen readers use; the bars
 * are hidden from assistive technology so nothing is read twice.
 */
export const BarChart = ({ caption, rows }: { caption: string; rows: Row[] }) => (
  <div className="grid gap-6 md:grid-cols-2">
    <div aria-hidden="true" className="space-y-2">
      {rows.map((row) => (
        <div key={row.label}>
          <p className="text-sm">{row.label}</p>
          <div className="h-5 w-full bg-gray-200">
            <div className="h-5 bg-green-800" style={{ width: `${row.percent}%` }} />
          </div>
        </div>
      ))}
    </div>
    <DataTable
      caption={caption}
      rowKey={(row) => row.label}
      rows={rows}
      columns={[
        { header: "Answer", cell: (row) => row.label },
        { header: "Number", cell: (row) => row.count },
        { header: "Per cent", cell: (row) => `${row.percent}%` },
      ]}
    />
  </div>
);
