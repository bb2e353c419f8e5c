// How much JavaScript a page makes the browser download: every <script src> in the HTML as served, summed as
// gzip-compressed bytes (what travels over the wire). Inline scripts are counted too, since they ship in the page;
// `nomodule` polyfills are not, since browsers that run modules never fetch them.
import { gzipSync } from "node:zlib";

const SCRIPT_SRC = /<script\b(?![^>]*\bnoModule)[^>]*\bsrc="([^"]+)"/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

const chunkSizes = new Map<string, number>();

const gzipBytes = (body: Buffer | string) => gzipSync(body).length;

export type PageJavaScript = { total: number; inline: number; chunks: Map<string, number> };

export const pageJavaScript = async (baseUrl: string, html: string): Promise<PageJavaScript> => {
  const inline = gzipBytes([...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).join(""));
  const chunks = new Map<string, number>();
  for (const [, src] of html.matchAll(SCRIPT_SRC)) {
    if (!src) continue;
    const url = new URL(src.replaceAll("&amp;", "&"), baseUrl).href;
    if (!chunkSizes.has(url)) {
      const response = await fetch(url);
      chunkSizes.set(url, response.ok ? gzipBytes(Buffer.from(await response.arrayBuffer())) : 0);
    }
    chunks.set(url, chunkSizes.get(url) ?? 0);
  }
  return { total: inline + [...chunks.values()].reduce((sum, size) => sum + size, 0), inline, chunks };
};

/**
 * The part of each page's JavaScript that every page measured downloads (Next.js and React's browser runtime, and
 * anything the root layout adds), so the rest is what the page itself brings.
 */
export const sharedChunkBytes = (pages: PageJavaScript[]) => {
  const [first, ...rest] = pages;
  if (!first) return 0;
  let shared = 0;
  for (const [url, size] of first.chunks) if (rest.every((page) => page.chunks.has(url))) shared += size;
  return shared;
};
