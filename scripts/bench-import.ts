// Times the customer import at 50,000 lines against a fresh in-memory database: `npx tsx scripts/bench-import.ts`.
// A benchmark, not a test: machines differ, so it prints timings rather than asserting them.
import { IMPORT_COLUMNS } from "../lib/people/import/columns";

// Must be set before lib/db is first imported: it picks the database when loaded.
process.env.PGLITE_DIR = "memory://";

const LINES = 50_000;
const AREAS = ["Riverside", "Hillhead", "Millbrook", "Eastgate", "Northfield", "Old Town", "Meadowbank", "Kirkton"];
const STREETS = ["Mill Lane", "Station Road", "Church Street", "Park Avenue", "Burn Terrace", "Orchard Close"];
const KINDS = ["tenant", "tenant", "tenant", "tenant", "tenant", "leaseholder", "factored_owner", "applicant"];

/** Every tenth line is a joint tenant sharing the previous line's home. */
const line = (i: number, renamed = false) => {
  const ref = String(i).padStart(6, "0");
  const joint = i % 10 === 1;
  const homeNumber = joint ? i - 1 : i;
  const kind = joint ? "joint_tenant" : (KINDS[i % KINDS.length] ?? "tenant");
  const home =
    kind === "applicant"
      ? ["", "", "", "", "", "", "", ""]
      : [
          `H${String(homeNumber).padStart(6, "0")}`,
          `${1 + (homeNumber % 200)} ${STREETS[homeNumber % STREETS.length]}`,
          homeNumber % 3 === 0 ? `"Flat ${homeNumber % 9}, Block ${homeNumber % 4}"` : "",
          "Northvale",
          `NV${1 + (homeNumber % 9)} ${homeNumber % 10}AB`,
          AREAS[homeNumber % AREAS.length] ?? "Riverside",
          kind === "leaseholder" ? "LCHO" : "LCRA",
          homeNumber % 4 === 0 ? "yes" : "no",
        ];
  const lastName = renamed ? `Renamed${i}` : `Surname${i % 977}`;
  return [
    `C${ref}`,
    kind,
    i % 37 === 0 ? "former" : "active",
    `Name${i % 311}`,
    lastName,
    `customer${ref}@example.org`,
    `07700 9${ref.slice(1)}`,
    ...home,
  ].join(",");
};

const file = (renameEvery = 0) =>
  [
    IMPORT_COLUMNS.join(","),
    ...Array.from({ length: LINES }, (_, i) => line(i + 1, renameEvery > 0 && i % renameEvery === 0)),
  ].join("\n");

const seconds = async <T>(work: () => Promise<T> | T) => {
  const start = performance.now();
  const result = await work();
  return { result, seconds: ((performance.now() - start) / 1000).toFixed(2) };
};

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { parseCustomerCsv } = await import("../lib/people/import/parse-customer-csv");
  const { planImport } = await import("../lib/people/import/plan-import");
  const { applyImport } = await import("../lib/people/import/apply-import");
  const { sha256 } = await import("../lib/uploads/rules");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    const actor = await db.user.create({
      data: { email: "bench@example.test", name: "Bench", role: "OFFICER", passwordHash: "-" },
    });
    const text = file();
    console.log(`File: ${LINES.toLocaleString("en-GB")} lines, ${(text.length / 1024 / 1024).toFixed(1)} MB`);

    const parse = await seconds(() => parseCustomerCsv(text));
    const plan = await seconds(() => planImport(db, parse.result, sha256(text)));
    console.log(`Preview (empty database): parse ${parse.seconds} s, plan ${plan.seconds} s`, plan.result.counts);

    const first = await seconds(() =>
      applyImport({ actor, text, checkDigest: (digest) => console.assert(digest === plan.result.digest) }),
    );
    const [customers, homes, areas] = await Promise.all([db.customer.count(), db.home.count(), db.area.count()]);
    console.log(`Import: ${first.seconds} s (parse, plan and write in one transaction)`, { customers, homes, areas });

    const again = await seconds(() => applyImport({ actor, text }));
    const { added, updated, unchanged } = again.result;
    console.log(`Re-import of the same file: ${again.seconds} s`, { added, updated, unchanged });

    const changed = file(10);
    const update = await seconds(() => applyImport({ actor, text: changed }));
    console.log(`Import with every tenth customer renamed: ${update.seconds} s`, {
      added: update.result.added,
      updated: update.result.updated,
      unchanged: update.result.unchanged,
    });
  } finally {
    await closeDb();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
