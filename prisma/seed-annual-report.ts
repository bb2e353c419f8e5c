// Demo annual reports: last year's published (frozen with its figures) and this year's draft with commentary, the
// customer service standards measured by the demo KPIs, and learning from two closed complaints.
// Run after the main transaction: publishing assembles the report from the committed demo data.
import { publishReport } from "../lib/annual-report/publish-report";
import type { ReportPart } from "../lib/annual-report/content";
import { db } from "../lib/db";
import type { ServiceChannel } from "../lib/generated/prisma/enums";
import { financialYearOf } from "../lib/uk-time";
import { INVOLVEMENT_OUTCOME } from "./seed-regulatory-year";

const STANDARDS: { channel: ServiceChannel; promise: string; kpiCode: string }[] = [
  { channel: "CALLS", promise: "We answer your call within 40 seconds.", kpiCode: "SS01" },
  { channel: "MESSAGES", promise: "We answer messages from your account by the next working day.", kpiCode: "SS02" },
  { channel: "EMAILS", promise: "We answer emails within 2 working days.", kpiCode: "SS03" },
  { channel: "LETTERS", promise: "We answer letters within 5 working days.", kpiCode: "SS04" },
  {
    channel: "COMPLAINTS",
    promise: "We answer a stage 1 complaint within 10 working days of acknowledging it.",
    kpiCode: "CMP02",
  },
];

const LEARNING = [
  {
    learned: "Repair appointments were booked without telling the tenant a time, so nobody was in.",
    changed: "We now give a morning or afternoon slot and text a reminder the day before.",
  },
  {
    learned: "Repairs passed between two contractors were lost in the handover.",
    changed: "One officer now owns each repair until it is finished.",
  },
];

const COMMENTARY: Partial<Record<ReportPart["section"], string>> = {
  SURVEY: "More of you were satisfied with repairs than the year before, but fewer felt listened to.",
  KPIS: "Most targets were met. Calls were slower to answer in the winter, when more of you rang about heating.",
  COMPLAINTS: "We answered more complaints on time. Repairs is still what you complain about most.",
  YOU_SAID_WE_DID: "Every change here came from what tenants told us.",
  INVOLVEMENT: "More tenants came to events, and the scrutiny panel welcomed new members.",
};

const parts = (featured: string[]) =>
  Object.entries(COMMENTARY).map(([section, commentary]) => ({
    section: section as ReportPart["section"],
    commentary,
    featured: section === "KPIS" ? featured : [],
  }));

const seedLearning = async (now: Date) => {
  const closed = await db.feedback.findMany({
    where: { kind: "COMPLAINT", status: "CLOSED" },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
    take: LEARNING.length,
  });
  // Tagged with the involvement outcome of the landlord's regime, so the self-assessment offers it as evidence.
  const { regime } = await db.landlord.findUniqueOrThrow({ where: { id: 1 }, select: { regime: true } });
  const learningOutcomeCodes = [INVOLVEMENT_OUTCOME[regime]];
  for (const [index, complaint] of closed.entries()) {
    const { learned, changed } = LEARNING[index] as (typeof LEARNING)[number];
    const published = new Date(Math.min(complaint.createdAt.getTime() + 30 * 86_400_000, now.getTime()));
    await db.feedback.update({
      where: { id: complaint.id },
      data: { learned, changed, learningPublishedAt: published, learningOutcomeCodes },
    });
  }
};

export const seedAnnualReport = async (now = new Date()) => {
  for (const standard of STANDARDS) await db.serviceStandard.create({ data: standard });
  await seedLearning(now);
  const officer = await db.user.findUniqueOrThrow({
    where: { email: "officer@involve.test" },
    select: { id: true, role: true },
  });
  const current = financialYearOf(now);
  const create = (year: number, introduction: string, featured: string[]) =>
    db.annualReport.create({ data: { year, introduction, parts: { create: parts(featured) } } });
  await create(
    current - 1,
    "Welcome to our report on the year. It shows how we did against our promises, using the same figures our board sees.",
    ["SS01", "INV01"],
  );
  await publishReport({ actor: officer, year: current - 1, now });
  await create(current, "Our report on this year, to be published after it ends in March.", ["SS01"]);
};
