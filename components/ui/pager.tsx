import Link from "next/link";
import { pageHref } from "@/lib/paging";

type Props = {
  /** Names the navigation landmark, for example "Audit log pages". */
  label: string;
  path: string;
  /** The list's filters, kept in every page link. */
  filters?: Record<string, string | number | undefined>;
  /** A page's address, for lists whose pages are not `path?filters&page=N` (the cached public calendar). */
  hrefFor?: (page: number) => string;
  page: number;
  pages: number;
  /** Link wording, for lists where "earlier" or "older" says more than "previous". */
  previous?: string;
  next?: string;
};

/** Previous and next links for a long list, with where the reader is. Nothing at all when the list fits one page. */
export const Pager = ({
  label,
  path,
  filters = {},
  page,
  pages,
  previous = "Previous page",
  next = "Next page",
  hrefFor = (to) => pageHref(path, filters, to),
}: Props) =>
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
  );
