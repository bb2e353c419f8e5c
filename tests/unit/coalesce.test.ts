import { describe, expect, it, vi } from "vitest";
import { coalesce } from "@/lib/coalesce";

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe("coalescing slow figures", () => {
  it("works them out once for everyone asking at the same time, and afresh once that is done", async () => {
    const inFlight = new Map<string, Promise<number>>();
    const run = deferred<number>();
    const work = vi.fn(() => run.promise);
    const first = coalesce(inFlight, "q3", work);
    const second = coalesce(inFlight, "q3", work);
    run.resolve(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(work).toHaveBeenCalledTimes(1);

    work.mockImplementation(() => Promise.resolve(43));
    expect(await coalesce(inFlight, "q3", work)).toBe(43);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it("keeps different keys apart", async () => {
    const inFlight = new Map<string, Promise<string>>();
    const results = await Promise.all([
      coalesce(inFlight, "q3", async () => "third quarter"),
      coalesce(inFlight, "q4", async () => "fourth quarter"),
    ]);
    expect(results).toEqual(["third quarter", "fourth quarter"]);
  });

  it("passes a failure to everyone waiting, then tries again on the next request", async () => {
    const inFlight = new Map<string, Promise<number>>();
    const run = deferred<number>();
    const first = coalesce(inFlight, "q3", () => run.promise);
    const second = coalesce(inFlight, "q3", () => Promise.resolve(0));
    run.reject(new Error("database unavailable"));
    await expect(first).rejects.toThrow("database unavailable");
    await expect(second).rejects.toThrow("database unavailable");
    expect(await coalesce(inFlight, "q3", async () => 7)).toBe(7);
  });
});
