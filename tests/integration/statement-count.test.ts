import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Each statement is a round trip to the database, and under load the round trip costs the server more than the
// query itself (docs/decisions/0018-speed-of-signed-in-pages.md, "Fourth pass"): a page's reads load their
// relations with joins in one statement (Prisma's relationJoins), not one statement per table. This file gets its own
// database client with the query log on, and counts the statements behind the tenant's home page and the
// questionnaire.
type Modules = {
  db: typeof import("@/lib/db");
  consultations: typeof import("@/lib/consultations/queries");
  events: typeof import("@/lib/events/queries");
  factories: typeof import("../factories/consultations");
  eventFactories: typeof import("../factories/events");
};

let modules: Modules;
let previous: unknown;
const logged: string[] = [];

beforeAll(async () => {
  const global = globalThis as { involveDb?: unknown };
  previous = global.involveDb;
  delete global.involveDb;
  process.env.DB_QUERY_LOG = "1";
  vi.spyOn(console, "error").mockImplementation((tag: unknown, query: unknown) => {
    if (tag === "db-query") logged.push(String(query));
  });
  vi.resetModules();
  modules = {
    db: await import("@/lib/db"),
    consultations: await import("@/lib/consultations/queries"),
    events: await import("@/lib/events/queries"),
    factories: await import("../factories/consultations"),
    eventFactories: await import("../factories/events"),
  };
});

afterAll(async () => {
  await modules.db.closeDb();
  delete process.env.DB_QUERY_LOG;
  vi.restoreAllMocks();
  (globalThis as { involveDb?: unknown }).involveDb = previous;
});

/** The statements one call sends. */
const statementsOf = async (read: () => Promise<unknown>) => {
  logged.length = 0;
  await read();
  return logged.length;
};

describe("statements per read", () => {
  it("reads the tenant's open consultations, their answers and the next events in one statement each", async () => {
    const { consultations, events, factories, eventFactories } = modules;
    const [customer] = await eventFactories.createCustomers(1);
    const first = await factories.createConsultation();
    await factories.createConsultation();
    await modules.db.db.consultationResponse.create({
      data: {
        consultationId: first.consultation.id,
        customerId: customer!.id,
        channel: "ONLINE",
        submittedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    await eventFactories.createEvent();
    const now = new Date();

    const open = await consultations.listOpenForCustomer(customer!.id, now);
    expect(open.map((row) => row.step).sort()).toEqual(["amend", "respond"]);
    // The customer with their home and groups, then the open consultations with this customer's answers.
    expect(await statementsOf(() => consultations.listOpenForCustomer(customer!.id, now))).toBe(2);
    // The events only: the tenant's home shows no places taken.
    expect(await statementsOf(() => events.listNextEvents(now, 5))).toBe(1);
    // The customer, and the consultation with its questions and this customer's answers.
    expect(
      await statementsOf(() => consultations.getQuestionnaireForCustomer(first.consultation.id, customer!.id, now)),
    ).toBe(2);
  });
});
