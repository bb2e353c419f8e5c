type Column<T> = { header: string; cell: (row: T) => React.ReactNode; className?: string };

type Props<T> = { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string };

/**
 * A plain table with a caption for screen readers and column headers scoped for them. At 320 px (400% zoom) a wide
 * table scrolls inside its own region rather than the page; the region takes keyboard focus so it can be scrolled
 * without a mouse, and is named after the table.
 */
export const DataTable = <T,>({ caption, columns, rows, rowKey }: Props<T>) => (
  <div
    role="region"
    aria-label={caption}
    tabIndex={0}
    className="mb-2 max-w-full overflow-x-auto focus:outline-4 focus:outline-yellow-400"
  >
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          {columns.map((column) => (
            <th key={column.header} scope="col" className="py-2 pr-4">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-gray-400 align-top">
            {columns.map((column) => (
              <td key={column.header} className={`py-2 pr-4 ${column.className ?? ""}`}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
