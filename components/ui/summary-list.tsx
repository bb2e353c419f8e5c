/** Key facts as a description list: a term and its value on each row. */
export const SummaryList = ({ rows }: { rows: { term: string; value: React.ReactNode }[] }) => (
  <dl className="mb-8 max-w-3xl divide-y divide-gray-300 border-y border-gray-300">
    {rows.map((row) => (
      <div key={row.term} className="grid gap-2 py-2 sm:grid-cols-3">
        <dt className="min-w-0 font-bold hyphens-auto break-words">{row.term}</dt>
        <dd className="sm:col-span-2">{row.value}</dd>
      </div>
    ))}
  </dl>
);
