import { z } from "zod";

/** Rows on one page of a long list: enough to scan, short enough to read with a screen reader or on a phone. */
export const PAGE_SIZE = 25;

/** A page number from the address. Anything odd (missing, zero, words, huge) means the first page, not an error. */
export const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);

/** How many pages `total` rows fill. An empty list still has one page, so "Page 1 of 1" reads sensibly. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** Prisma's `skip` and `take` for a page. */
export const pageWindow = (page: number, pageSize: number) => ({ skip: (page - 1) * pageSize, take: pageSize });

export type Paged<T> = { rows: T[]; total: number; page: number; pages: number };

/**
 * One page of a list: the count and the rows are read together. A page past the end (an old bookmark, a list that
 * shrank, a hand-edited address) gives the last page instead, at the cost of reading the rows again in that rare case.
 */
export const paginate = async <T>(
  page: number,
  pageSize: number,
  count: () => Promise<number>,
  find: (window: { skip: number; take: number }) => Promise<T[]>,
): Promise<Paged<T>> => {
  const [total, rows] = await Promise.all([count(), find(pageWindow(page, pageSize))]);
  const pages = pageCount(total, pageSize);
  if (page <= pages) return { rows, total, page, pages };
  return { rows: await find(pageWindow(pages, pageSize)), total, page: pages, pages };
};

/**
 * The address of one page of a list, keeping its filters. Empty filters are left out so addresses stay short, and
 * page 1 is the plain address, the same one the filter form gives.
 */
export const pageHref = (path: string, filters: Record<string, string | number | undefined>, page: number) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (name !== "page" && value !== undefined && value !== "") params.set(name, String(value));
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};
