import type { AnnualReportSection } from "@/lib/generated/prisma/enums";
import { count, formatDate } from "@/lib/format";
import type { KpiTile } from "@/lib/kpi/queries";
import { RAG_LABEL, targetShown } from "@/lib/kpi/rules";
import { RESPONSE_LABEL } from "@/lib/scrutiny/labels";
import { describeDifference } from "@/lib/surveys/results-rules";
import { financialYearLabel } from "@/lib/uk-time";
import { standardTile } from "@/lib/service-standards/queries";
import type { ReportContent, ReportPart } from "./content";
import { featuredFirst } from "./rules";

/** One table of a section, as text: the web page, the PDF and the large-print PDF all print these same rows. */
export type ReportTable = { caption: string; header: string[]; rows: string[][] };
export type SectionBody = { lines: string[]; tables: ReportTable[] };

/** KPI sections reported in sections of their own in the report rather than with the rest. */
export const SECTIONS_APART = ["COMPLAINTS", "SERVICE_STANDARDS"] as const;
const OWN_SECTIONS = new Set<string>(SECTIONS_APART);

const percentText = (value: number | null) => (value === null ? "No answers" : `${value.toFixed(1)}%`);

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** The year's KPIs for a section, featured ones first; the figure is the year's last quarter, as the board had it. */
export const sectionTiles = (content: ReportContent, part: ReportPart): KpiTile[] => {
  const tiles =
    part.section === "KPIS"
      ? content.kpis.filter((tile) => !OWN_SECTIONS.has(tile.section))
      : content.kpis.filter((tile) => tile.section === part.section);
  return featuredFirst(tiles, part.featured, (tile) => tile.code);
};

const kpiTable = (caption: string, tiles: KpiTile[]): ReportTable => ({
  caption,
  header: ["Measure", "Target", "January to March", "A year before", "Result"],
  rows: tiles.map((tile) => [
    tile.name,
    targetShown(tile.unit, tile.target),
    tile.shown,
    tile.lastYear.shown,
    RAG_LABEL[tile.rag],
  ]),
});

const survey = (content: ReportContent): SectionBody => {
  const { survey } = content;
  if (!survey) return { lines: [`We did not publish survey results for ${content.yearLabel}.`], tables: [] };
  const before = survey.previousYear ? financialYearLabel(survey.previousYear) : null;
  return {
    lines: [`${count(survey.respondents, "tenant")} answered our survey. Each figure counts only those who answered.`],
    tables: [
      {
        caption: `Satisfaction ${content.yearLabel}${before ? ` compared with ${before}` : ""}`,
        header: ["Question", content.yearLabel, ...(before ? [before, "Change"] : [])],
        rows: survey.measures.map((measure) => {
          const all = measure.groups.find((group) => group.group === "all");
          return [
            measure.name,
            percentText(all?.percent ?? null),
            ...(before
              ? [
                  percentText(all?.previousPercent ?? null),
                  describeDifference(all?.difference ?? null) || "Not comparable",
                ]
              : []),
          ];
        }),
      },
    ],
  };
};

const complaints = (content: ReportContent, part: ReportPart): SectionBody => {
  const total = content.feedback.reduce((sum, row) => sum + row.complaints, 0);
  const praise = content.feedback.reduce((sum, row) => sum + row.compliments, 0);
  return {
    lines: [`We received ${count(total, "complaint")} and ${count(praise, "compliment")} in ${content.yearLabel}.`],
    tables: [
      kpiTable("How we handled complaints", sectionTiles(content, part)),
      {
        caption: "Complaints, compliments and other feedback by service",
        header: ["Service", "Complaints", "Compliments", "Comments and suggestions"],
        rows: content.feedback.map((row) => [
          row.serviceArea,
          String(row.complaints),
          String(row.compliments),
          String(row.other),
        ]),
      },
    ],
  };
};

const standards = (content: ReportContent): SectionBody => ({
  lines: ["Our promises for each way you contact us, and how we did from January to March."],
  tables: [
    {
      caption: "Service standards",
      header: ["How you contact us", "Our promise", "Target", "How we did", "Result"],
      rows: content.standards.map((standard) => {
        const tile = standardTile(standard, content.kpis);
        return [
          standard.label,
          standard.promise || "No standard set",
          tile ? targetShown(tile.unit, tile.target) : "None set",
          tile?.shown ?? "Not measured",
          tile ? RAG_LABEL[tile.rag] : "",
        ];
      }),
    },
  ],
});

const youSaid = (content: ReportContent): SectionBody => {
  const { consultations, complaints } = content.youSaid;
  const lines = [];
  if (consultations.length === 0 && complaints.length === 0) lines.push("Nothing was published this year.");
  return {
    lines,
    tables: [
      ...(consultations.length > 0
        ? [
            {
              caption: "Consultations",
              header: ["Consultation", "You said", "We did"],
              rows: consultations.map((row) => [row.title, row.youSaid, row.weDid]),
            },
          ]
        : []),
      ...(complaints.length > 0
        ? [
            {
              caption: "What we learned from complaints",
              header: ["Service", "What we learned", "What we changed"],
              rows: complaints.map((row) => [row.serviceArea, row.learned, row.changed]),
            },
          ]
        : []),
    ],
  };
};

const scrutiny = (content: ReportContent): SectionBody => ({
  lines:
    content.scrutiny.length === 0
      ? ["No scrutiny report was published this year."]
      : content.scrutiny.map(
          (review) =>
            `${review.title}, by ${review.panel}, published ${formatDate(new Date(review.publishedOn))}. ${review.findings}`,
        ),
  tables: content.scrutiny.map((review) => ({
    caption: `${review.title}: recommendations and what changed`,
    header: ["Recommendation", "Our answer", "What we are doing", "Done"],
    rows: review.recommendations.map((row) => [
      `${row.number}. ${row.text}`,
      row.response ? RESPONSE_LABEL[row.response as keyof typeof RESPONSE_LABEL] : "Not answered yet",
      row.action ?? "",
      row.done ? "Yes" : "Not yet",
    ]),
  })),
});

const involvement = (content: ReportContent): SectionBody => {
  const { quarters, groups, groupMembers } = content.involvement;
  return {
    lines: [`On 31 March ${content.year + 1}, ${count(groupMembers, "tenant")} belonged to ${count(groups, "group")}.`],
    tables: [
      {
        caption: "Getting involved, quarter by quarter",
        header: ["Quarter", "Events held", "People at events", "Training completed", "Tenants involved"],
        rows: quarters.map((row) => [
          row.label,
          String(row.eventsHeld),
          String(row.eventAttendees),
          String(row.trainingCompletions),
          String(row.involvedCustomers),
        ]),
      },
    ],
  };
};

const budget = (content: ReportContent): SectionBody =>
  content.budget
    ? {
        lines:
          content.budget.spentPercent === null
            ? []
            : [`We spent ${content.budget.spentPercent.toFixed(1)}% of the budget.`],
        tables: [
          {
            caption: "The involvement budget",
            header: ["What for", "Budget", "Committed", "Spent"],
            rows: content.budget.lines.map((line) => [
              line.category,
              money.format(line.budget),
              money.format(line.committed),
              money.format(line.spent),
            ]),
          },
        ],
      }
    : { lines: ["The involvement budget is not recorded for this year."], tables: [] };

/** A section's sentences and tables, from the stored content only, so a published report never changes. */
export const sectionBody = (content: ReportContent, part: ReportPart): SectionBody => {
  const section: AnnualReportSection = part.section;
  switch (section) {
    case "SURVEY":
      return survey(content);
    case "KPIS":
      return { lines: [], tables: [kpiTable("Our targets", sectionTiles(content, part))] };
    case "COMPLAINTS":
      return complaints(content, part);
    case "SERVICE_STANDARDS":
      return standards(content);
    case "YOU_SAID_WE_DID":
      return youSaid(content);
    case "SCRUTINY":
      return scrutiny(content);
    case "INVOLVEMENT":
      return involvement(content);
    case "BUDGET":
      return budget(content);
  }
};

/** The sections tenants read: those the officers left in. */
export const includedParts = (content: ReportContent) => content.parts.filter((part) => part.included);
