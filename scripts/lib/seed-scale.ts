// `npm run bench -- http --scale`: a large landlord on top of the demo data, so list and dashboard pages are timed
// at the size they will run at: 50,000 customers, 200 consultations with 200,000 answers, 2,000 events and five
// survey rounds of 10,000 responses. Everything is generated in SQL (generate_series) in a few statements, and every
// row has a fixed key, so running it again adds nothing. (Responses are guarded by a look-up, not ON CONFLICT: the
// database's response-window triggers run before a conflict is detected, and the consultations are closed by then.)
import type { Db } from "@/lib/db";

const CUSTOMERS = 50_000;
const CONSULTATIONS = 200;
const RESPONSES_PER_CONSULTATION = 200;
const QUESTIONS_PER_CONSULTATION = 5; // 200 x 200 x 5 = 200,000 answers
const EVENTS = 2_000;
const ROUND_YEARS = [2016, 2017, 2018, 2019, 2020];
const ROUND_RESPONSES = 10_000;

// The survey rounds' years are before any demo round, so the (regime, year) key cannot clash.
const steps = (): { name: string; sql: string }[] => [
  {
    name: "homes",
    sql: `INSERT INTO "Home" (id, reference, "addressLine1", town, postcode, "areaId", "stockType", "hasCommunalAreas")
      SELECT 'scale-home-' || g, 'SCALE-H-' || g, g || ' Scale Street', 'Northvale', 'NV' || (g % 9 + 1) || ' ' || (g % 9) || 'AB',
        a.id, (CASE WHEN g % 10 = 0 THEN 'LCHO' ELSE 'LCRA' END)::"StockType", g % 3 = 0
      FROM generate_series(1, ${CUSTOMERS}) g
      JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n FROM "Area") a ON a.i = g % a.n
      ON CONFLICT (reference) DO NOTHING`,
  },
  {
    name: "customers",
    sql: `INSERT INTO "Customer" (id, reference, kind, "firstName", "lastName", email, "homeId", "updatedAt")
      SELECT 'scale-cust-' || g, 'SCALE-C-' || g, 'TENANT'::"CustomerKind",
        (ARRAY['Amira','Ben','Chloe','Dev','Ella','Farid','Grace','Harry','Iqra','Jack'])[g % 10 + 1],
        (ARRAY['Smith','Jones','Khan','Taylor','Brown','Patel','Evans','Wilson','Ali','Murray'])[(g / 10) % 10 + 1] || ' ' || g,
        'scale' || g || '@example.invalid', 'scale-home-' || g, now()
      FROM generate_series(1, ${CUSTOMERS}) g
      ON CONFLICT (reference) DO NOTHING`,
  },
  {
    name: "consultations (open while answered)",
    sql: `INSERT INTO "Consultation" (id, title, summary, topic, status, "opensAt", "closesAt")
      SELECT 'scale-cons-' || c, 'Scale consultation ' || c, 'A consultation generated for the benchmark.',
        (ARRAY['STRATEGY','POLICY','RENT_SETTING','SERVICE_CHANGE','OTHER'])[c % 5 + 1]::"ConsultationTopic",
        'OPEN'::"ConsultationStatus", now() - interval '400 days', now() + interval '1 day'
      FROM generate_series(1, ${CONSULTATIONS}) c
      ON CONFLICT (id) DO NOTHING`,
  },
  {
    name: "consultation questions",
    sql: `INSERT INTO "ConsultationQuestion" (id, "consultationId", position, type, label, options, required)
      SELECT 'scale-q-' || c || '-' || q, 'scale-cons-' || c, q, 'SINGLE_CHOICE'::"QuestionType", 'Question ' || q,
        ARRAY['Yes','No','Not sure'], true
      FROM generate_series(1, ${CONSULTATIONS}) c, generate_series(1, ${QUESTIONS_PER_CONSULTATION}) q
      ON CONFLICT (id) DO NOTHING`,
  },
  {
    name: "consultation responses",
    sql: `INSERT INTO "ConsultationResponse" (id, "consultationId", "customerId", channel, "customerKind", "submittedAt", "updatedAt")
      SELECT 'scale-resp-' || c || '-' || r, 'scale-cons-' || c, 'scale-cust-' || ((c * ${RESPONSES_PER_CONSULTATION} + r) % ${CUSTOMERS} + 1),
        (CASE WHEN r % 7 = 0 THEN 'PAPER' ELSE 'ONLINE' END)::"ResponseChannel", 'TENANT'::"CustomerKind", now(), now()
      FROM generate_series(1, ${CONSULTATIONS}) c, generate_series(1, ${RESPONSES_PER_CONSULTATION}) r
      WHERE NOT EXISTS (SELECT 1 FROM "ConsultationResponse" WHERE id = 'scale-resp-1-1')`,
  },
  {
    name: "consultation answers",
    sql: `INSERT INTO "ConsultationAnswer" ("responseId", "questionId", option)
      SELECT 'scale-resp-' || c || '-' || r, 'scale-q-' || c || '-' || q, (ARRAY['Yes','No','Not sure'])[(c + r + q) % 3 + 1]
      FROM generate_series(1, ${CONSULTATIONS}) c, generate_series(1, ${RESPONSES_PER_CONSULTATION}) r, generate_series(1, ${QUESTIONS_PER_CONSULTATION}) q
      WHERE NOT EXISTS (SELECT 1 FROM "ConsultationAnswer" WHERE "responseId" = 'scale-resp-1-1')`,
  },
  {
    name: "consultations closed, most with an outcome",
    sql: `UPDATE "Consultation" SET "closesAt" = now() - make_interval(days => (substring(id from 12))::int),
        "opensAt" = now() - make_interval(days => (substring(id from 12))::int + 42),
        status = (CASE WHEN (substring(id from 12))::int % 4 = 0 THEN 'CLOSED' ELSE 'OUTCOME_PUBLISHED' END)::"ConsultationStatus",
        "resultsPublishedAt" = now(), "youSaid" = 'Most of you asked for a change to the service.', outcome = 'We changed the service because of what you told us.',
        "outcomePublishedAt" = (CASE WHEN (substring(id from 12))::int % 4 = 0 THEN NULL ELSE now() END)
      WHERE id LIKE 'scale-cons-%' AND status = 'OPEN'`,
  },
  {
    name: "events",
    sql: `INSERT INTO "Event" (id, title, kind, format, "areaId", partners, "startsAt", "endsAt", capacity, "updatedAt")
      SELECT 'scale-event-' || e, 'Scale event ' || e,
        (ARRAY['COMMUNITY_EVENT','DROP_IN','ESTATE_WALKABOUT','FOCUS_GROUP','GROUP_MEETING'])[e % 5 + 1]::"EventKind",
        'IN_PERSON'::"EventFormat", a.id, ARRAY[]::text[],
        now() + make_interval(days => e - 1000), now() + make_interval(days => e - 1000, hours => 2), 30, now()
      FROM generate_series(1, ${EVENTS}) e
      JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n FROM "Area") a ON a.i = e % a.n
      ON CONFLICT (id) DO NOTHING`,
  },
  {
    name: "survey rounds (open while answered)",
    sql: `INSERT INTO "SurveyRound" (id, year, regime, status, "populationLcra", "populationLcho")
      SELECT 'scale-round-' || y, y, (SELECT regime FROM "Landlord" WHERE id = 1), 'OPEN'::"SurveyRoundStatus", 45000, 5000
      FROM unnest(ARRAY[${ROUND_YEARS.join(",")}]) y
      ON CONFLICT DO NOTHING`,
  },
  {
    name: "survey responses",
    sql: `INSERT INTO "PerceptionResponse" (id, "roundId", "respondentRef", tenure, method, "hadRepair", complained, "hasCommunalAreas",
        tp01, tp02, tp03, tp04, tp05, tp06, tp07, tp08, tp09, tp10, tp11, tp12)
      SELECT 'scale-pr-' || y || '-' || g, 'scale-round-' || y, 'SCALE-R-' || g,
        (CASE WHEN g % 10 = 0 THEN 'LCHO' ELSE 'LCRA' END)::"SurveyTenure", 'TELEPHONE'::"SurveyMethod", g % 2 = 0, g % 5 = 0, g % 3 = 0,
        (g % 5) + 1, ((g + 1) % 5) + 1, ((g + 2) % 5) + 1, ((g + 3) % 5) + 1, (g % 5) + 1, ((g + 4) % 5) + 1, (g % 5) + 1,
        ((g + 1) % 5) + 1, ((g + 2) % 5) + 1, ((g + 3) % 5) + 1, (g % 6), ((g + 1) % 6)
      FROM unnest(ARRAY[${ROUND_YEARS.join(",")}]) y, generate_series(1, ${ROUND_RESPONSES}) g
      WHERE EXISTS (SELECT 1 FROM "SurveyRound" WHERE id = 'scale-round-' || y AND status = 'OPEN')
      ON CONFLICT DO NOTHING`,
  },
  {
    name: "survey rounds published",
    sql: `UPDATE "SurveyRound" SET status = 'PUBLISHED', "closedAt" = now(), "publishedAt" = now()
      WHERE id LIKE 'scale-round-%' AND status = 'OPEN'`,
  },
];

export const seedScale = async (db: Db) => {
  for (const step of steps()) {
    const started = performance.now();
    const rows = await db.$executeRawUnsafe(step.sql);
    console.log(
      `  ${step.name}: ${rows.toLocaleString("en-GB")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  await db.$executeRawUnsafe(`ANALYZE`);
};
