// Types for the plain-JavaScript cache handler, which Next loads at run time without compiling it.
type Entry = { value: unknown; lastModified: number; cacheControl: unknown };

export default class RouteCacheHandler {
  constructor(options?: unknown);
  get(key: string): Promise<Entry | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
