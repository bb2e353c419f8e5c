type Props = { label: string; submit: string; layout: string; children: React.ReactNode };

/**
 * A search or filter form that reloads the page with its choices in the address (GET), so it works without
 * JavaScript and the result can be bookmarked or shared.
 */
export const FilterForm = ({ label, submit, layout, children }: Props) => (
  <form method="get" role="search" aria-label={label} className={`mb-8 ${layout}`}>
    {children}
    <div className="flex items-end">
      <button
        type="submit"
        className="rounded bg-green-800 px-5 py-2 font-bold text-white focus:outline-4 focus:outline-yellow-400"
      >
        {submit}
      </button>
    </div>
  </form>
);
