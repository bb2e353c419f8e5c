import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}tests/stubs/empty.ts` } },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // Every file has its own database (in-memory PGlite per file, or a PostgreSQL database per worker),
          // so files run in parallel. They wait on the database more than on the CPU: one worker per core,
          // where Vitest's default leaves a core free (INTEGRATION_WORKERS overrides). A different worker
          // count needs its own group, run after the unit tests.
          fileParallelism: true,
          maxWorkers: Number(process.env.INTEGRATION_WORKERS) || availableParallelism(),
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
