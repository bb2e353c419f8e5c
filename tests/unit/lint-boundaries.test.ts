import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's real ESLint config, on source text that is never written to disk: paths name where it would live.
const eslint = new ESLint({ cwd: fileURLToPath(new URL("../..", import.meta.url)) });

const refusals = async (filePath: string, source: string) => {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
};

// The first lint loads the whole config (Next.js, TypeScript plugins), which takes seconds on a busy machine.
describe("import boundaries in lint", { timeout: 60_000 }, () => {
  it("fails a domain (even a new one) reaching into another domain's nested folder", async () => {
    expect(await refusals("lib/kpi/compute-kpis.ts", 'import { x } from "@/lib/surveys/rounds/queries";')).toEqual([
      expect.stringContaining("internal to its domain"),
    ]);
    expect(
      await refusals("lib/events/send-reminders.ts", 'import { x } from "@/lib/people/import/upload-store";'),
    ).toHaveLength(1);
  });

  it("fails a relative import that climbs out of its domain", async () => {
    expect(await refusals("lib/feedback/log-complaint.ts", 'import { x } from "../people/import/rules";')).toEqual([
      expect.stringContaining("leaves its domain"),
    ]);
    expect(
      await refusals("lib/surveys/rounds/close-round.ts", 'import { x } from "../../uploads/store";'),
    ).toHaveLength(1);
  });

  it("fails lib/ or components/ importing app/", async () => {
    expect(
      await refusals("components/layout/site-header.tsx", 'import { x } from "@/app/(public)/sign-in/actions";'),
    ).toEqual([expect.stringContaining("Only app/ imports app/")]);
    expect(
      await refusals("lib/scrutiny/start-review.ts", 'import { x } from "../../app/(staff)/staff/actions";'),
    ).toHaveLength(2);
  });

  it("allows public files of other domains, a domain's own nested folder by relative path, and the Prisma client", async () => {
    expect(await refusals("lib/kpi/compute-kpis.ts", 'import { x } from "@/lib/surveys/queries";')).toEqual([]);
    expect(await refusals("lib/surveys/close-round.ts", 'import { x } from "./rounds/guards";')).toEqual([]);
    expect(await refusals("lib/surveys/rounds/close-round.ts", 'import { x } from "../rules";')).toEqual([]);
    expect(await refusals("lib/kpi/queries.ts", 'import { x } from "@/lib/generated/prisma/client";')).toEqual([]);
    expect(await refusals("app/(staff)/staff/page.tsx", 'import { x } from "@/lib/surveys/rounds/queries";')).toEqual(
      [],
    );
  });
});
