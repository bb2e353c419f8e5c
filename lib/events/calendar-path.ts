import { ZPage } from "@/lib/paging";
import { ZEventFilters, type EventFilters } from "./schemas";

// The public calendar for a chosen area, kind or page is cached like /events (docs/decisions/0016-page-caching.md).
// Each choice is one path, /events/find/<area>/<kind>/<page>, a page Next caches; the calendar's links use it. The
// filter form, which without JavaScript can only send a query string, goes to /events/find?area=…&kind=…&page=…,
// which the proxy rewrites to that path: the same choice in another order or with stray parameters is one page.

const ALL = "all";
/** Area ids are cuids or the seed's readable ids; anything else names no area and shows no events, as before. */
const AREA_ID = /^[\w-]{1,50}$/;
const NO_SUCH_AREA = "none";

/** The cached page's path for a choice: the address the calendar's own links use. */
export const calendarPath = ({ area, kind }: EventFilters, page: number) =>
  `/events/find/${area === undefined ? ALL : AREA_ID.test(area) ? area : NO_SUCH_AREA}/${kind ?? ALL}/${page}`;

/** The cached page's path for the calendar's query string (the filter form's address). */
export const calendarChoicePath = (query: URLSearchParams) =>
  calendarPath(ZEventFilters.parse(Object.fromEntries(query)), ZPage.parse(query.get("page") ?? undefined));

/** The filters and page a cached calendar path stands for. */
export const readCalendarChoice = (segments: { area: string; kind: string; page: string }) => {
  const filters: EventFilters = ZEventFilters.parse({
    area: segments.area === ALL ? undefined : segments.area,
    kind: segments.kind === ALL ? undefined : segments.kind,
  });
  return { filters, page: ZPage.parse(segments.page) };
};
