import { afterEach, describe, expect, it, vi } from "vitest";
import RouteCacheHandler from "@/lib/route-cache-handler.mjs";

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

  describe("a render and an officer's change at the same time", () => {
    afterEach(() => vi.useRealTimers());
    const at = (ms: number) => vi.useFakeTimers({ now: ms, toFake: ["Date"] });
    const lifetime = { cacheControl: { revalidate: 60, expire: 300 } };

    it("does not keep a page whose render began before the change, and keeps the next one", async () => {
      const cache = new RouteCacheHandler();
      at(1_000);
      expect(await cache.get("/race-a")).toBeNull();
      at(1_050);
      await cache.revalidateTag(["_N_T_/race-a/layout"]);
      at(1_100);
      await cache.set("/race-a", page("_N_T_/race-a/layout"), lifetime);
      expect(await cache.get("/race-a")).toBeNull();
      at(1_200);
      await cache.set("/race-a", page("_N_T_/race-a/layout"), lifetime);
      expect(await cache.get("/race-a")).not.toBeNull();
    });

    it("does not keep a background render of a stale page that the change overtook", async () => {
      const cache = new RouteCacheHandler();
      at(0);
      await cache.set("/race-b", page("_N_T_/race-b/layout"), lifetime);
      at(61_000);
      expect(await cache.get("/race-b")).not.toBeNull();
      at(61_050);
      await cache.revalidateTag("_N_T_/race-b/layout");
      at(61_100);
      await cache.set("/race-b", page("_N_T_/race-b/layout"), lifetime);
      expect(await cache.get("/race-b")).toBeNull();
    });

    it("keeps a render that began after the change, however often the old page was served fresh before it", async () => {
      const cache = new RouteCacheHandler();
      at(0);
      await cache.set("/race-c", page("_N_T_/race-c/layout"), lifetime);
      at(1_000);
      expect(await cache.get("/race-c")).not.toBeNull();
      at(2_000);
      await cache.revalidateTag("_N_T_/race-c/layout");
      at(3_000);
      expect(await cache.get("/race-c")).toBeNull();
      at(3_100);
      await cache.set("/race-c", page("_N_T_/race-c/layout"), lifetime);
      expect(await cache.get("/race-c")).not.toBeNull();
    });
  });
});

describe("the worker processes of one server (scripts/start.mjs)", () => {
  const EXPIRY = "involve:expire-tags";
  const hadSend = "send" in process;
  const send = vi.fn();
  let listener: ((message: unknown) => void) | undefined;

  // A fresh copy of the handler, loaded as a cluster worker loads it: with the worker flag and a channel to the
  // primary (the test's own stand-in for process.send).
  const loadAsWorker = async () => {
    vi.resetModules();
    vi.stubEnv("INVOLVE_WORKER", "1");
    const realSend = process.send;
    process.send = send as unknown as typeof process.send;
    const before = new Set(process.listeners("message"));
    const { default: WorkerHandler } = await import("@/lib/route-cache-handler.mjs");
    listener = process.listeners("message").find((l) => !before.has(l)) as typeof listener;
    const restoreSend = () => {
      if (hadSend) process.send = realSend;
      else delete process.send;
    };
    return { WorkerHandler, restoreSend };
  };

  afterEach(() => {
    if (listener) process.off("message", listener);
    vi.unstubAllEnvs();
    send.mockReset();
  });

  it("tells the other workers which tags it expired, and expires what another worker tells it", async () => {
    const { WorkerHandler, restoreSend } = await loadAsWorker();
    try {
      const cache = new WorkerHandler();
      await cache.revalidateTag(["_N_T_/(public)/layout"]);
      expect(send).toHaveBeenCalledWith({ type: EXPIRY, tags: ["_N_T_/(public)/layout"] });
      // A page rendered in the same millisecond as an expiry is not kept (it may hold what was expired): render later.
      await new Promise((resolve) => setTimeout(resolve, 5));

      await cache.set("/events", page("_N_T_/layout,_N_T_/(public)/layout,_N_T_/events"));
      await cache.set("/tenant-data", { kind: "FETCH" }, { tags: ["landlord"] });
      expect(listener).toBeDefined();
      listener?.({ type: "something else", tags: ["_N_T_/(public)/layout"] });
      expect(await cache.get("/events")).not.toBeNull();
      listener?.({ type: EXPIRY, tags: ["_N_T_/(public)/layout"] });
      expect(await cache.get("/events")).toBeNull();
      expect(await cache.get("/tenant-data")).not.toBeNull();
      // An expiry from another worker is not sent back out again.
      expect(send).toHaveBeenCalledTimes(1);
    } finally {
      restoreSend();
    }
  });

  it("sends nothing when the server runs as one process, even where a channel to a parent exists", async () => {
    const realSend = process.send;
    process.send = send as unknown as typeof process.send;
    try {
      await new RouteCacheHandler().revalidateTag("_N_T_/layout");
    } finally {
      if (hadSend) process.send = realSend;
      else delete process.send;
    }
    expect(send).not.toHaveBeenCalled();
  });
});
