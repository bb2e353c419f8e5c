import { buttonProps } from "./button-styles";

type Props = {
  label: string;
  submit: string;
  layout: string;
  /** Where the choices are sent, when not to the page itself (a cached page sends them to its uncached twin). */
  action?: string;
  children: React.ReactNode;
};

/**
 * A search or filter form that reloads the page with its choices in the address (GET), so it works without
 * JavaScript and the result can be bookmarked or shared. Its button is secondary: the page's main step is elsewhere.
 */
export const FilterForm = ({ label, submit, layout, action, children }: Props) => (
  <form method="get" action={action} role="search" aria-label={label} className={`mb-8 ${layout}`}>
    {children}
    <div className="flex items-end">
      <button type="submit" {...buttonProps("secondary")}>
        {submit}
      </button>
    </div>
  </form>
);
