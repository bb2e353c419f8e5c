// How much JavaScript a page makes the browser download: every <script src> in the HTML as served, summed as
// gzip-compressed bytes (what travels over the wire). Inline scripts are counted too, since they ship in the page;
// `nomodule` polyfills are not, since browsers that run modules never fetch them.
import { gzipSync } from "node:zlib";

const SCRIPT_SRC = /<script\b(?![^>]*\bnoModule)[^>]*\bsrc="([^"]+)"/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

const chunkSizes = new Map<string, number>();

const gzipBytes = (body: Buffer | string) => gzipSync(body).length;

export const pageJavaScriptBytes = async (baseUrl: string, html: string) => {
  let total = gzipBytes([...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).join(""));
  for (const [, src] of html.matchAll(SCRIPT_SRC)) {
    if (!src) continue;
    const url = new URL(src.replaceAll("&amp;", "&"), baseUrl).href;
    if (!chunkSizes.has(url)) {
      const response = await fetch(url);
      chunkSizes.set(url, response.ok ? gzipBytes(Buffer.from(await response.arrayBuffer())) : 0);
    }
    total += chunkSizes.get(url) ?? 0;
  }
  return total;
};
