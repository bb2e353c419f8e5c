// Next's route and data cache kept in this process's memory (next.config.ts `cacheHandler`).
// Why not Next's default file-system cache: it starts from the pages `next build` prerendered, and the build never
// reads the database (lib/cache/build-phase.ts), so those pages hold no data. Starting empty, each cached page is
// rendered on its first request and then served from memory until it is revalidated by time (the page's
// `revalidate`) or by an officer's change (revalidatePath / revalidateTag in the server actions).
// Each app server has its own copy: see docs/decisions/0016-page-caching.md for several servers.

// Cached pages are few (the public site and the data reads under it); the bound only guards against a flood of keys.
const MAX_ENTRIES = 1000;
const TAGS_HEADER = "x-next-cache-tags";

/** @type {Map<string, { value: unknown, lastModified: number, tags: string[], cacheControl: unknown }>} */
const entries = new Map();

const tagsOf = (data, ctx) => {
  const header = data?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...(ctx?.tags ?? []), ...fromHeader];
};

export default class RouteCacheHandler {
  constructor(_options) {}

  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    // Re-inserting moves the key to the end, so the first key is always the least recently written.
    entries.delete(key);
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      tags: tagsOf(data, ctx),
      cacheControl: ctx?.cacheControl,
    });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  // Dropping the entry makes the next request render afresh and wait for it: read-your-writes after a form post.
  async revalidateTag(tags) {
    const revalidated = new Set([tags].flat());
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => revalidated.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
