import type { AnnualReportSection, ServiceChannel } from "@/lib/generated/prisma/enums";
import { financialYearDays, financialYearLabel, financialYearOf, ukDay } from "@/lib/uk-time";

/** The report's sections in the order tenants read them, with plain-English headings. */
export const REPORT_SECTIONS: { key: AnnualReportSection; title: string }[] = [
  { key: "SURVEY", title: "What you told us in our survey" },
  { key: "KPIS", title: "How we did against our targets" },
  { key: "COMPLAINTS", title: "Complaints" },
  { key: "SERVICE_STANDARDS", title: "Our service standards" },
  { key: "YOU_SAID_WE_DID", title: "You said, we did" },
  { key: "SCRUTINY", title: "What tenant scrutiny changed" },
  { key: "INVOLVEMENT", title: "Getting involved" },
  { key: "BUDGET", title: "The involvement budget" },
];

export const SECTION_TITLE = Object.fromEntries(REPORT_SECTIONS.map(({ key, title }) => [key, title])) as Record<
  AnnualReportSection,
  string
>;

export const SERVICE_CHANNELS: { key: ServiceChannel; label: string }[] = [
  { key: "CALLS", label: "Phone calls" },
  { key: "MESSAGES", label: "Messages" },
  { key: "EMAILS", label: "Emails" },
  { key: "LETTERS", label: "Letters" },
  { key: "COMPLAINTS", label: "Complaints" },
];

export const CHANNEL_LABEL = Object.fromEntries(SERVICE_CHANNELS.map(({ key, label }) => [key, label])) as Record<
  ServiceChannel,
  string
>;

/** The report of a financial year is written about a finished year: it may be published from 1 April after it. */
export const yearHasEnded = (year: number, now: Date) => ukDay(now) > financialYearDays(year).to;

/** Why a report cannot be published yet, or null when it can. */
export const publishRefusal = (report: { year: number; publishedAt: Date | null }, now: Date) => {
  if (report.publishedAt) return "This report is already published. A published report cannot be changed.";
  if (!yearHasEnded(report.year, now))
    return `${financialYearLabel(report.year)} has not ended yet. Publish its report from 1 April ${report.year + 1}.`;
  return null;
};

/** Items an officer featured come first, in the officer's order of the section; the rest follow as they were. */
export const featuredFirst = <T>(items: readonly T[], featured: readonly string[], key: (item: T) => string) => {
  const chosen = new Set(featured);
  return [...items.filter((item) => chosen.has(key(item))), ...items.filter((item) => !chosen.has(key(item)))];
};

/** Only a closed complaint with both what was learned and what changed may go to "You said, We did". */
export const learningRefusal = (complaint: {
  kind: string;
  status: string;
  learned: string | null;
  changed: string | null;
}) => {
  if (complaint.kind !== "COMPLAINT") return "Only a complaint's learning is published.";
  if (complaint.status !== "CLOSED") return "Close the complaint before publishing what was learned from it.";
  if (!complaint.learned || !complaint.changed) return "Say what we learned and what we changed before publishing.";
  return null;
};

/** How many years back a report may be started: a landlord coming to Involve can report on recent years too. */
export const YEARS_BACK = 10;

/** The years an officer may start a report for, newest first: the year under way and the ten before it. */
export const startableYears = (now: Date) => {
  const current = financialYearOf(now);
  return Array.from({ length: YEARS_BACK + 1 }, (_, index) => current - index);
};
