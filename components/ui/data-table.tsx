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
    // Its width comes from the column it is in, never from the table (contain: inline-size): a wide table scrolls
    // here instead of widening a grid column or the page, and its headers keep whole words (app/globals.css).
    // "relative" keeps screen-reader-only text in far cells inside the scrolling box, not out past the page's edge.
    className="relative mb-2 w-full max-w-full overflow-x-auto [contain:inline-size] focus:outline-4 focus:outline-yellow-400"
  >
    {/* Cell spacing and row rules are set once on the table: written on every cell they were repeated in the page
        and again in the copy React sends for hydration (8% of the customer list's page). */}
    <table className="w-full border-collapse text-left [&>*>tr>*]:py-2 [&>*>tr>*]:pr-4 [&>tbody>tr]:border-b [&>tbody>tr]:border-gray-400 [&>tbody>tr]:align-top">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
