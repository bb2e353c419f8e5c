// `npm run db:seed`: loads the demo landlord into an empty database; a database with a landlord is left alone.
import { hashPassword } from "../lib/auth/passwords";
import { seedGroupSpaces } from "./seed-group-spaces";
import { closeDb, db } from "../lib/db";
import { DEFAULT_EQUALITY_QUESTIONS } from "../lib/people/equality";
import { seedStrategy } from "./seed-strategy";
import { seedEvents } from "./seed-events";
import { seedLandlordDetails } from "./seed-landlord";
import { seedConsultations } from "./seed-consultations";
import { seedMeasures } from "./seed-measures";
import { seedScrutiny } from "./seed-scrutiny";
import { seedFeedback } from "./seed-feedback";
import { seedKpis } from "./seed-kpi";
import { seedSecurity } from "./seed-security";
import { seedRegulatoryYear } from "./seed-regulatory-year";
import { seedNewsletters } from "./seed-newsletters";
import { seedPanelWork } from "./seed-panel-work";
import { seedReach } from "./seed-reach";
import { seedBudgetPolicies } from "./seed-budget-policies";
import { seedAnnualReport } from "./seed-annual-report";
import {
  AREAS,
  DEMO_PASSWORD,
  DEMO_USERS,
  GROUPS,
  buildCustomers,
  buildEqualityAnswers,
  buildMemberships,
} from "./seed-data";

const regime = process.env.SEED_REGIME === "SCOTLAND" ? "SCOTLAND" : "ENGLAND";

const main = async () => {
  if (await db.landlord.findUnique({ where: { id: 1 } })) {
    console.log("The database already has a landlord: demo data not loaded again.");
    return;
  }
  const { homes, customers, consents, supportNeeds } = buildCustomers(regime);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // One transaction for the whole demo, with room for a busy machine (CI, a shared server): the default is 5 s.
  await db.$transaction(
    async (tx) => {
      await tx.landlord.create({ data: { id: 1, name: "Northvale Housing Association", regime } });
      await tx.area.createMany({ data: AREAS.map((name, index) => ({ id: `area-${index}`, name })) });
      await tx.home.createMany({ data: homes });
      await tx.customer.createMany({ data: customers });
      await tx.contactConsent.createMany({ data: consents });
      await tx.supportNeed.createMany({ data: supportNeeds });
      await tx.group.createMany({
        data: GROUPS.map(({ rto, ...group }) => ({
          ...group,
          ...(rto && {
            rtoRegisteredOn: new Date(rto.registeredOn),
            rtoAreaCovered: rto.area,
            rtoStatus: rto.status,
            deregistrationReason: rto.reason,
            constitutionReceivedOn: new Date(rto.registeredOn),
            annualReturnReceivedOn: rto.status === "REGISTERED" ? new Date("2026-06-30") : null,
            nextReviewOn: rto.status === "REGISTERED" ? new Date("2027-06-30") : null,
          }),
        })),
      });
      await tx.groupMembership.createMany({ data: buildMemberships() });
      const questions = DEFAULT_EQUALITY_QUESTIONS[regime];
      await tx.equalityQuestion.createMany({
        data: questions.map((question, position) => ({ id: `equality-${question.key}`, ...question, position })),
      });
      await tx.equalityAnswer.createMany({ data: buildEqualityAnswers(questions) });
      await tx.user.createMany({
        data: DEMO_USERS.map((user) => ({
          email: user.email,
          name: user.name,
          role: user.role,
          passwordHash,
          customerId: user.customerRef ? `customer-${user.customerRef.slice(1)}` : null,
        })),
      });
      await seedStrategy(
        tx,
        questions.map((question) => question.key),
      );
      await seedEvents(tx);
      await seedConsultations(tx);
      await seedMeasures(tx, regime);
      await seedScrutiny(tx, regime);
      await seedFeedback(tx, regime);
      await seedKpis(tx, regime);
      await seedSecurity(tx, passwordHash);
      await seedLandlordDetails(tx);
      await seedReach(tx);
      await seedRegulatoryYear(tx, regime);
      await seedNewsletters(tx);
      await seedBudgetPolicies(tx);
      await seedGroupSpaces(tx, passwordHash);
      await seedPanelWork(tx);
    },
    { timeout: 120_000 },
  );
  await seedAnnualReport();
  console.log(`Loaded the demo landlord (${regime}): ${customers.length} customers, ${DEMO_USERS.length} accounts.`);
};

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
