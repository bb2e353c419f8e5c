import Link from "next/link";
import { pageHref } from "@/lib/paging";

/** Where each page is: `path?filters&page=N`, or any address (`hrefFor`, for the cached public calendar). */
type Addresses =
  | {
      path: string;
      /** The list's filters, kept in every page link. */
      filters?: Record<string, string | number | undefined>;
    }
  | { hrefFor: (page: number) => string };

type Props = Addresses & {
  /** Names the navigation landmark, for example "Audit log pages". */
  label: string;
  page: number;
  pages: number;
  /** Link wording, for lists where "earlier" or "older" says more than "previous". */
  previous?: string;
  next?: string;
};

const addressOf = (addresses: Addresses) =>
  "hrefFor" in addresses
    ? addresses.hrefFor
    : (page: number) => pageHref(addresses.path, addresses.filters ?? {}, page);

/** Previous and next links for a long list, with where the reader is. Nothing at all when the list fits one page. */
export const Pager = ({ label, page, pages, previous = "Previous page", next = "Next page", ...addresses }: Props) => {
  const hrefFor = addressOf(addresses);
  return (
    pages > 1 && (
      <nav aria-label={label} className="mt-4 flex flex-wrap items-baseline gap-x-6 gap-y-2">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} rel="prev">
            {previous}
          </Link>
        )}
        <p>
          Page {page} of {pages}
        </p>
        {page < pages && (
          <Link href={hrefFor(page + 1)} rel="next">
            {next}
          </Link>
        )}
      </nav>
    )
  );
};
