// `npm run bench -- send [--people 10000]`: a newsletter to 10,000 customers through the job queue to a local stand-in
// for GOV.UK Notify (tests/stubs/provider-stub.ts), on the embedded database (in memory) or DATABASE_URL (use a
// throwaway database: it adds customers). Prints messages a second, the time from "send" to every message queued,
// and how long the staff newsletter page's queries take during the send beside the same queries idle.
// With DATABASE_URL set it also starts the production build (`next start`, its own job worker off) on the same
// database and times two pages over HTTP, the officers' newsletter list and the public news archive, idle and while
// the send runs (this process's worker sends).
import { startProviderStub, NOTIFY_API_KEY } from "../tests/stubs/provider-stub";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const PEOPLE = argument("people", 10_000);
const OVER_HTTP = Boolean(process.env.DATABASE_URL);
const PAGES = ["/staff/communications", "/news"] as const;

const stub = await startProviderStub();
Object.assign(process.env, {
  PGLITE_DIR: process.env.PGLITE_DIR ?? "memory://",
  EMAIL_PROVIDER: "notify",
  SMS_PROVIDER: "notify",
  LETTER_PROVIDER: "notify",
  NOTIFY_BASE_URL: stub.url,
  NOTIFY_API_KEY,
  NOTIFY_EMAIL_TEMPLATE_ID: "email",
  NOTIFY_SMS_TEMPLATE_ID: "sms",
  NOTIFY_LETTER_TEMPLATE_ID: "letter",
});
const { db, closeDb } = await import("../lib/db");
const { sendCommunication } = await import("../lib/communications/send-communication");
const { deliverySummary, listCommunications, previewAudience } = await import("../lib/communications/queries");
const { startJobWorker } = await import("../lib/jobs/worker");
const { stopBoss } = await import("../lib/jobs/boss");

const { hashPassword } = await import("../lib/auth/passwords");
const { freePort, startNextServer } = await import("./lib/next-server");
const { signInOverHttp } = await import("./lib/sign-in-over-http");

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

// Everyone reachable, each with a home in the bench's area: a third each by email, text and post (no consent), so
// all PEOPLE messages go through the queue.
const addCustomers = async (tag: string) => {
  const area = await db.area.create({ data: { name: `Bench ${tag}` } });
  await db.$executeRaw`
    INSERT INTO "Home" ("id", "reference", "addressLine1", "town", "postcode", "areaId", "stockType")
    SELECT ${tag} || g, ${tag} || g, g || ' Bench Road', 'Benchton', 'BE1 1NC', ${area.id}, 'LCRA'
    FROM generate_series(1, ${PEOPLE}) g`;
  await db.$executeRaw`
    INSERT INTO "Customer" ("id", "reference", "kind", "firstName", "lastName", "email", "phone", "homeId", "updatedAt")
    SELECT ${tag} || g, ${tag} || g, 'TENANT', 'Reader', 'Number ' || g, 'reader' || g || '@example.test',
      '07700' || lpad(g::text, 6, '0'), ${tag} || g, now()
    FROM generate_series(1, ${PEOPLE}) g`;
  await db.$executeRaw`
    INSERT INTO "ContactConsent" ("customerId", "channel", "consentedAt")
    SELECT ${tag} || g, CASE WHEN g % 3 = 1 THEN 'SMS' ELSE 'EMAIL' END::"ContactChannel", now()
    FROM generate_series(1, ${PEOPLE}) g WHERE g % 3 IN (0, 1)`;
  return area.id;
};

/** The staff newsletter page's queries, timed. */
const pageQueries = async (communicationId: string) => {
  const started = performance.now();
  await Promise.all([listCommunications(), deliverySummary(communicationId)]);
  return performance.now() - started;
};

const tag = `b${Date.now().toString(36)}`;
const benchAreaId = await addCustomers(tag);
// The bench's own people only, so a seeded database's customers do not change the count.
const audience = {
  everyone: false,
  areaIds: [benchAreaId],
  kinds: [],
  groupIds: [],
  supportNeeds: [],
  equalityAnswers: [],
};
const PASSWORD = "bench-officer-password-1";
const officer = await db.user.create({
  data: {
    email: `${tag}@bench.test`,
    name: "Bench officer",
    role: "OFFICER",
    passwordHash: await hashPassword(PASSWORD),
  },
});
const server = OVER_HTTP ? await startNextServer(await freePort(), { env: { JOBS_IN_WEB: "0" } }) : undefined;
const cookie = server ? await signInOverHttp(server.url, officer.email, PASSWORD) : "";
const httpTimes: Record<"idle" | "busy", Record<string, number[]>> = { idle: {}, busy: {} };
/** One request to each page over HTTP, timed to the last byte; a page that does not answer 200 stops the bench. */
const timePages = async (when: "idle" | "busy") => {
  if (!server) return;
  for (const path of PAGES) {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    (httpTimes[when][path] ??= []).push(performance.now() - started);
  }
};
const draft = await db.communication.create({
  data: {
    title: `Bench newsletter ${tag}`,
    summary: "A benchmark.",
    sections: [{ heading: "News", text: "Something happened." }],
    textMessage: "Our newsletter is out.",
    audience,
    // Filled from the portal (a seeded database has some) and frozen at send, as an officer's newsletter is.
    cards: [{ kind: "consultations" }, { kind: "events" }, { kind: "outcomes" }],
  },
});
// As the confirmation page does: the number it shows is the number the send must find.
const { total: expected } = await previewAudience(audience);
await startJobWorker();
const idle: number[] = [];
for (let i = 0; i < 50; i += 1) idle.push(await pageQueries(draft.id));
for (let i = 0; i < 30; i += 1) await timePages("idle");

const busy: number[] = [];
const started = performance.now();
const counts = await sendCommunication({ actor: officer, communicationId: draft.id, expectedTotal: expected });
const queuedMs = performance.now() - started;
for (;;) {
  busy.push(await pageQueries(draft.id));
  await timePages("busy");
  const waiting = await db.delivery.count({ where: { communicationId: draft.id, status: "QUEUED" } });
  if (waiting === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const seconds = (performance.now() - started) / 1000;
const sent = counts.email + counts.text + counts.letter;
console.log(
  `people ${PEOPLE}: ${counts.email} email, ${counts.text} text, ${counts.letter} letter, ${counts.unreachable} unreachable`,
);
console.log(`send to every message queued: ${Math.round(queuedMs)} ms`);
console.log(`all ${sent} sent to the stub in ${seconds.toFixed(1)} s: ${Math.round(sent / seconds)} messages a second`);
console.log(
  `staff page queries p95: idle ${p95(idle).toFixed(0)} ms, during the send ${p95(busy).toFixed(0)} ms (${busy.length} samples)`,
);
for (const path of PAGES) {
  if (!server) break;
  const [idleTimes, busyTimes] = [httpTimes.idle[path] ?? [], httpTimes.busy[path] ?? []];
  console.log(
    `${path} over HTTP p95: idle ${p95(idleTimes).toFixed(0)} ms, during the send ${p95(busyTimes).toFixed(0)} ms (${busyTimes.length} samples)`,
  );
}
await server?.stop();
await stopBoss();
await closeDb();
await stub.close();
