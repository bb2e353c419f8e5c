import { ZPage } from "@/lib/paging";
import { ZEventFilters, type EventFilters } from "./schemas";

// The public calendar for a chosen area, kind or page is cached like /events (docs/decisions/0016-page-caching.md).
// Its address stays /events/find?area=…&kind=…&page=…, which the filter form sends without JavaScript; the proxy
// rewrites it to one path per choice, /events/find/<area>/<kind>/<page>, a page Next caches. The same choice
// written in another order or with stray parameters is the same cached page.

const ALL = "all";
/** Area ids are cuids or the seed's readable ids; anything else names no area and shows no events, as before. */
const AREA_ID = /^[\w-]{1,50}$/;
const NO_SUCH_AREA = "none";

/** The cached page's path for the calendar's query string. */
export const calendarChoicePath = (query: URLSearchParams) => {
  const { area, kind } = ZEventFilters.parse(Object.fromEntries(query));
  const areaSegment = area === undefined ? ALL : AREA_ID.test(area) ? area : NO_SUCH_AREA;
  return `/events/find/${areaSegment}/${kind ?? ALL}/${ZPage.parse(query.get("page") ?? undefined)}`;
};

/** The filters and page a cached calendar path stands for. */
export const readCalendarChoice = (segments: { area: string; kind: string; page: string }) => {
  const filters: EventFilters = ZEventFilters.parse({
    area: segments.area === ALL ? undefined : segments.area,
    kind: segments.kind === ALL ? undefined : segments.kind,
  });
  return { filters, page: ZPage.parse(segments.page) };
};
