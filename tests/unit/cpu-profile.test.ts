import { describe, expect, it } from "vitest";
import { cpuShares, partOf, type CpuProfile } from "@/scripts/lib/cpu-profile";

describe("where a page's CPU went (bench -- http --profile)", () => {
  it("names the part each piece of code belongs to", () => {
    expect(partOf("/srv/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js")).toBe(
      "rendering (React, Next.js page runtime)",
    );
    expect(partOf("(garbage collector)")).toBe("garbage collection");
    expect(partOf("(idle)")).toBeNull();
    expect(partOf("/srv/node_modules/@prisma/client/runtime/client.js")).toBe("database client (Prisma, pg)");
    expect(partOf("../../client-engine-runtime/src/interpreter/render-query.ts")).toBe("database client (Prisma, pg)");
    expect(partOf("/srv/node_modules/pg-protocol/dist/parser.js")).toBe("database client (Prisma, pg)");
    expect(partOf("/srv/node_modules/jose/dist/node/esm/jwe/compact/decrypt.js")).toBe("sessions (next-auth, jose)");
    expect(partOf("webpack://next/src/server/base-server.ts")).toBe("Next.js server (routing, proxy, caches)");
    expect(partOf("turbopack:///[project]/lib/kpi/chart-markup.ts")).toBe("Involve's code");
    expect(partOf("../../../../components/layout/site-header.tsx")).toBe("Involve's code");
    expect(partOf("/srv/node_modules/zod/v4/core/parse.js")).toBe("other libraries");
    expect(partOf("writev")).toBe("Node.js (network, streams, buffers)");
  });

  it("shares out the busy samples after the warm-up, leaving out idle time and what came before", () => {
    const frame = (id: number, url: string, functionName = "f") => ({
      id,
      callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
    });
    const profile: CpuProfile = {
      nodes: [
        frame(1, "", "(idle)"),
        frame(2, "", "(garbage collector)"),
        frame(3, "file:///srv/node_modules/pg/lib/client.js"),
        frame(4, "node:internal/modules/cjs/loader"),
      ],
      startTime: 0,
      endTime: 1000,
      // The loader's samples fall before the warm-up's end (300 µs); then 300 µs idle, 200 of GC, 200 in pg.
      samples: [4, 4, 4, 1, 1, 1, 2, 2, 3, 3],
      timeDeltas: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
    };
    const shares = cpuShares([profile], 301);
    expect(shares["garbage collection"]).toBeCloseTo(0.5);
    expect(shares["database client (Prisma, pg)"]).toBeCloseTo(0.5);
    expect(shares["Node.js (network, streams, buffers)"]).toBe(0);
  });
});
