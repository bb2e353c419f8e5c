// `npx tsx scripts/two-servers.ts`: two app servers on one PostgreSQL database work as one (README "Running more
// than one server"). Starts two `next start` on the existing build (ports from TWO_SERVER_PORTS, default two free
// ones), then checks that a session made on one is accepted by the other and that a scheduled job due when both
// start runs once between them. Needs DATABASE_URL with the demo data loaded; the embedded database cannot be shared,
// so without it this is skipped.
import { randomBytes } from "node:crypto";
import { DEMO_PASSWORD } from "../prisma/seed-data";
import { freePort, startNextServer, type StartedServer } from "./lib/next-server";
import { signInOverHttp } from "./lib/sign-in-over-http";

const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) process.exitCode = 1;
};

const main = async () => {
  if (!process.env.DATABASE_URL) {
    console.log("skipped: two servers need a PostgreSQL DATABASE_URL (the embedded database belongs to one process)");
    return;
  }
  const { db, closeDb } = await import("../lib/db");
  const title = `Two servers ${Date.now()}`;
  // Due now and not yet announced: each server's job worker queues the notices job as it starts; one runs it.
  const consultation = await db.consultation.create({
    data: {
      title,
      summary: "Checks scheduled jobs run once.",
      status: "SCHEDULED",
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 7 * 86_400_000),
    },
    select: { id: true },
  });
  const [portA, portB] = process.env.TWO_SERVER_PORTS?.split(",").map(Number) ?? [await freePort(), await freePort()];
  // Sessions are signed JWTs: every server needs the same secret and nothing else.
  const env = { AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64") };
  const servers: StartedServer[] = [];
  try {
    servers.push(...(await Promise.all([startNextServer(portA ?? 0, { env }), startNextServer(portB ?? 0, { env })])));
    const [a, b] = servers as [StartedServer, StartedServer];

    const cookie = await signInOverHttp(a.url, "tenant@involve.test", DEMO_PASSWORD);
    const onB = await fetch(`${b.url}/tenant`, { headers: { cookie }, redirect: "manual" });
    check(
      onB.status === 200 && (await onB.text()).includes("Morag Campbell"),
      "a session from server A is accepted by server B",
    );

    let claimed = false;
    for (let tries = 0; tries < 60 && !claimed; tries += 1) {
      const row = await db.consultation.findUniqueOrThrow({
        where: { id: consultation.id },
        select: { openingNoticeSentAt: true },
      });
      claimed = row.openingNoticeSentAt !== null;
      if (!claimed) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    // The claim queues one email per person (lib/mail/notice-emails.ts); the workers then send them.
    for (let tries = 0; tries < 60; tries += 1) {
      const unsent = await db.noticeEmail.count({
        where: { notice: `consultation-opened:${consultation.id}`, sentAt: null },
      });
      if (unsent === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await new Promise((resolve) => setTimeout(resolve, 3000)); // let a second, wrong, announcement arrive if it would
    const emails = await db.emailMessage.groupBy({
      by: ["to"],
      where: { subject: `Have your say: ${title}` },
      _count: { _all: true },
    });
    check(claimed && emails.length > 0, `the due opening notice was sent (${emails.length} recipients)`);
    check(
      emails.every((e) => e._count._all === 1),
      "nobody was emailed twice although both servers ran the job",
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db.consultation.delete({ where: { id: consultation.id } });
    await db.emailMessage.deleteMany({ where: { subject: `Have your say: ${title}` } });
    await db.noticeEmail.deleteMany({ where: { notice: `consultation-opened:${consultation.id}` } });
    await closeDb();
  }
};

await main();
