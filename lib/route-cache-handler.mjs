// Next's route and data cache kept in this process's memory (next.config.ts `cacheHandler`).
// Why not Next's default file-system cache: it starts from the pages `next build` prerendered, and the build never
// reads the database (lib/build-phase.ts), so those pages hold no data. Starting empty, each cached page is
// rendered on its first request and then served from memory until it is revalidated by time (the page's
// `revalidate`) or by an officer's change (revalidatePath / updateTag in the server actions).
// Each app server has its own copy: see docs/decisions/0016-page-caching.md for several servers. The worker
// processes of one server (scripts/start.mjs) tell each other what they expired, through the cluster's primary.

// Cached pages are few (the public site and the data reads under it); the bound only guards against a flood of keys.
const MAX_ENTRIES = 1000;
const TAGS_HEADER = "x-next-cache-tags";
// Revalidation times older than this cannot matter to a render still in flight; they are forgotten past the bound.
const REVALIDATION_MEMORY_MS = 10 * 60 * 1000;

/** @type {Map<string, { value: unknown, lastModified: number, tags: string[], cacheControl: unknown }>} */
const entries = new Map();
/** When the render that will next store each key may have started: the first miss or stale read since its last set. */
const renderingSince = new Map();
/** When each tag was last revalidated. */
const revalidatedAt = new Map();

const tagsOf = (data, ctx) => {
  const header = data?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...(ctx?.tags ?? []), ...fromHeader];
};

// A fresh entry is served as it is; a missing or stale one makes Next render the page (stale ones in the background).
// Where the lifetime is unknown a read is counted as a render's start: at worst a page is rendered once more.
const leadsToRender = (entry, now) => {
  // Pages carry their lifetime in cacheControl; data kept with unstable_cache carries it in the value.
  const seconds = entry?.cacheControl?.revalidate ?? entry?.value?.revalidate;
  return !entry || typeof seconds !== "number" || now - entry.lastModified >= seconds * 1000;
};

/** Sent to the cluster's primary, which passes it to the other workers (scripts/start.mjs). */
const EXPIRY_MESSAGE = "involve:expire-tags";
const inCluster = process.env.INVOLVE_WORKER === "1" && typeof process.send === "function";

const forgetOldRevalidations = (now) => {
  if (revalidatedAt.size <= MAX_ENTRIES) return;
  for (const [tag, at] of revalidatedAt) if (now - at > REVALIDATION_MEMORY_MS) revalidatedAt.delete(tag);
};

const expire = (tags) => {
  const revalidated = new Set(tags);
  const now = Date.now();
  for (const tag of revalidated) revalidatedAt.set(tag, now);
  forgetOldRevalidations(now);
  for (const [key, entry] of entries) {
    if (entry.tags.some((tag) => revalidated.has(tag))) entries.delete(key);
  }
};

// Another worker's expiry counts from when it arrives here: a render that began before then is not kept either.
if (inCluster) {
  process.on("message", (message) => {
    if (message?.type === EXPIRY_MESSAGE && Array.isArray(message.tags)) expire(message.tags);
  });
}

export default class RouteCacheHandler {
  constructor(_options) {}

  async get(key) {
    const entry = entries.get(key);
    const now = Date.now();
    if (!renderingSince.has(key) && leadsToRender(entry, now)) {
      renderingSince.set(key, now);
      // A read that was never followed by a render (an error, say) must not pile up: the oldest is forgotten.
      if (renderingSince.size > MAX_ENTRIES) renderingSince.delete(renderingSince.keys().next().value);
    }
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    const startedAt = renderingSince.get(key) ?? Date.now();
    renderingSince.delete(key);
    entries.delete(key);
    if (data === null) return;
    const tags = tagsOf(data, ctx);
    // A render that began before an officer's change may hold what the change replaced (a group added while the list
    // was being read). Storing it would serve the old page until the next revalidation, so it is not kept: the
    // person who asked has it already and the next request renders afresh.
    if (tags.some((tag) => (revalidatedAt.get(tag) ?? -Infinity) >= startedAt)) return;
    // Re-inserting moves the key to the end, so the first key is always the least recently written.
    entries.set(key, { value: data, lastModified: Date.now(), tags, cacheControl: ctx?.cacheControl });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  // Dropping the entry makes the next request render afresh and wait for it: read-your-writes after a form post.
  async revalidateTag(tags) {
    const list = [tags].flat();
    expire(list);
    if (inCluster) process.send({ type: EXPIRY_MESSAGE, tags: list });
  }

  resetRequestCache() {}
}
