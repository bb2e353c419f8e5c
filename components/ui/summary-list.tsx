type Props = {
  rows: { term: string; value: React.ReactNode }[];
  /** Each term above its value, for a narrow column where side by side would squeeze the words. */
  stacked?: boolean;
};

/** Key facts as a description list: a term and its value on each row. */
export const SummaryList = ({ rows, stacked = false }: Props) => (
  <dl className="mb-8 max-w-3xl divide-y divide-gray-300 border-y border-gray-300">
    {rows.map((row) => (
      <div key={row.term} className={`grid gap-2 py-2 ${stacked ? "" : "sm:grid-cols-3"}`}>
        <dt className="font-bold">{row.term}</dt>
        <dd className={stacked ? "" : "sm:col-span-2"}>{row.value}</dd>
      </div>
    ))}
  </dl>
);
