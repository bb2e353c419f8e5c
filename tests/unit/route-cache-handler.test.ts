import { describe, expect, it } from "vitest";
import RouteCacheHandler from "@/lib/cache/route-cache-handler.mjs";

const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>hi</p>", headers: { "x-next-cache-tags": tags } });

describe("the in-memory route cache", () => {
  it("serves what was stored, with its lifetime", async () => {
    const cache = new RouteCacheHandler();
    await cache.set("/stored", page("_N_T_/layout,_N_T_/stored"), { cacheControl: { revalidate: 60, expire: 300 } });
    const entry = await cache.get("/stored");
    expect(entry?.value).toEqual(page("_N_T_/layout,_N_T_/stored"));
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: 300 });
  });

  it("starts empty, so a page the build prerendered is rendered again on its first request", async () => {
    expect(await new RouteCacheHandler().get("/never-stored")).toBeNull();
  });

  it("drops the pages carrying a revalidated tag (from the page's tags header or the set context) and keeps the rest", async () => {
    const cache = new RouteCacheHandler();
    await cache.set("/public-a", page("_N_T_/layout,_N_T_/(public)/layout,_N_T_/public-a"));
    await cache.set("/data", { kind: "FETCH" }, { tags: ["_N_T_/(public)/layout"] });
    await cache.set("/staff-a", page("_N_T_/layout,_N_T_/(staff)/layout"));
    await cache.revalidateTag(["_N_T_/(public)/layout"]);
    expect(await cache.get("/public-a")).toBeNull();
    expect(await cache.get("/data")).toBeNull();
    expect(await cache.get("/staff-a")).not.toBeNull();
    await cache.revalidateTag("_N_T_/layout");
    expect(await cache.get("/staff-a")).toBeNull();
  });

  it("keeps at most 1,000 entries, dropping the oldest first", async () => {
    const cache = new RouteCacheHandler();
    for (let i = 0; i < 1001; i += 1) await cache.set(`/bound-${i}`, page(`_N_T_/bound-${i}`));
    expect(await cache.get("/bound-0")).toBeNull();
    expect(await cache.get("/bound-1")).not.toBeNull();
    expect(await cache.get("/bound-1000")).not.toBeNull();
  });
});
