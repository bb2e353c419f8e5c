import type { Metadata } from "next";
import { BoardNav } from "@/components/kpi/board-nav";
import { KpiChart } from "@/components/kpi/kpi-chart";
import {
  PackFeedbackSection,
  PackReachSection,
  PackScrutinySection,
  PackSurveySection,
} from "@/components/kpi/pack-sections";
import { PackQuestions } from "@/components/kpi/pack-questions";
import { PackStrategySection } from "@/components/kpi/pack-strategy";
import { PackTable } from "@/components/kpi/pack-table";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { readBoardQuery, boardQueryString } from "@/lib/kpi/board-request";
import { getPack, PACK_PAGES } from "@/lib/kpi/pack";
import { packHeadline } from "@/lib/kpi/pack-rows";
import { isException } from "@/lib/kpi/rules";
import { PackStaffForms } from "./staff-forms";
import { answerQuestionAction, askQuestionAction } from "./actions";

export const metadata: Metadata = { title: "Quarterly performance pack" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SECTIONS = [
  { id: "exceptions", title: "Exceptions: what is off target and why" },
  ...PACK_PAGES.filter((page) => page.key !== "STRATEGY" && page.key !== "BUDGET").map((page) => ({
    id: `page-${page.key}`,
    title: page.title,
  })),
  { id: "questions", title: "Questions from board members" },
  { id: "scrutiny", title: "Scrutiny: open and overdue actions" },
  { id: "feedback", title: "Feedback themes this quarter" },
  { id: "reach", title: "Who takes part" },
  { id: "survey", title: "Latest survey results" },
  { id: "strategy", title: "Strategy action plan" },
  { id: "page-BUDGET", title: "Involvement budget" },
];

/** The quarter's board paper: the same parts, in the same order, as its PDF. */
const PackPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.board);
  const now = new Date();
  const { quarter, latest, inProgress } = await readBoardQuery(await searchParams, now);
  const { status, content } = await getPack(quarter, now);
  const isStaff = (AREA_ROLES.staff as readonly string[]).includes(user.role);
  const open = status === "DRAFT" && !inProgress;
  const period = { year: String(quarter.year), quarter: String(quarter.quarter) };
  const query = boardQueryString(quarter);
  const exceptions = content.tiles.filter((tile) => isException(tile.rag));
  const section = (key: string) => content.tiles.filter((tile) => tile.section === key);
  return (
    <>
      <PageHeading caption={content.landlordName}>
        Quarterly performance report to the board: {content.period.label}
      </PageHeading>
      <BoardNav quarter={quarter} current="/board/pack" />
      <p>Prepared on {formatDate(new Date(content.preparedOn))}.</p>
      <p className="mb-4">
        {inProgress
          ? "This quarter is in progress: its figures are part-quarter and have no status. The pack is prepared once it ends."
          : content.signOff
            ? `Presented at the board meeting on ${formatDate(new Date(content.signOff.signedOffOn))}, chaired by ${content.signOff.signedOffBy}; minute ${content.signOff.minuteRef}. These figures are frozen as presented.`
            : "Draft: not yet presented to the board. The figures are live and may still change."}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <li>
          <a href={`/board/pack/pdf?${query}`}>Download the pack (PDF)</a>
        </li>
        <li>
          <a href={`/board/pack/csv?${query}`}>Download the figures (CSV)</a>
        </li>
      </ul>
      <QuarterPicker quarter={quarter} latest={latest} submit="Show pack" />
      <section aria-labelledby="headline" className="mb-8">
        <h2 id="headline" className="mb-2 text-2xl font-bold">
          Headline
        </h2>
        <p className="text-lg">
          {inProgress ? "No statuses until the quarter ends." : packHeadline(content.tiles).sentence}
        </p>
      </section>
      <nav aria-labelledby="contents" className="mb-8">
        <h2 id="contents" className="mb-2 text-2xl font-bold">
          Contents
        </h2>
        <ol className="list-decimal pl-6">
          {SECTIONS.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="exceptions" className="mb-10">
        <h2 id="exceptions" className="mb-2 text-2xl font-bold">
          Exceptions: what is off target and why ({exceptions.length})
        </h2>
        {exceptions.length === 0 ? (
          <p>Every KPI with a target is on target.</p>
        ) : (
          <>
            <p className="mb-2">Key KPIs first, then the furthest off target.</p>
            <PackTable caption="Exceptions" tiles={exceptions} commentary={content.commentary} />
          </>
        )}
        {content.signOff?.unexplained && (
          <p className="mt-2">Why some have no commentary: {content.signOff.unexplained}</p>
        )}
        {open && isStaff && <PackStaffForms content={content} period={period} exceptions={exceptions} today={now} />}
      </section>
      {PACK_PAGES.filter((page) => page.key !== "STRATEGY" && page.key !== "BUDGET").map((page) => (
        <KpiSection
          key={page.key}
          id={`page-${page.key}`}
          title={page.title}
          content={content}
          tiles={section(page.key)}
        />
      ))}
      <section aria-labelledby="questions" className="mb-10">
        <h2 id="questions" className="mb-2 text-2xl font-bold">
          Questions from board members
        </h2>
        <PackQuestions
          questions={content.questions ?? []}
          kpis={content.tiles}
          period={period}
          actions={open ? { ask: askQuestionAction, answer: isStaff ? answerQuestionAction : null } : null}
        />
      </section>
      <section aria-labelledby="scrutiny" className="mb-10">
        <h2 id="scrutiny" className="mb-2 text-2xl font-bold">
          Scrutiny: open and overdue actions
        </h2>
        <PackScrutinySection scrutiny={content.scrutiny} />
      </section>
      <section aria-labelledby="feedback" className="mb-10">
        <h2 id="feedback" className="mb-2 text-2xl font-bold">
          Feedback themes this quarter
        </h2>
        <PackFeedbackSection feedback={content.feedback} />
      </section>
      <section aria-labelledby="reach" className="mb-10">
        <h2 id="reach" className="mb-2 text-2xl font-bold">
          Who takes part
        </h2>
        <PackReachSection reach={content.reach} year={content.period.year} />
      </section>
      <section aria-labelledby="survey" className="mb-10">
        <h2 id="survey" className="mb-2 text-2xl font-bold">
          Latest survey results
        </h2>
        <PackSurveySection tiles={content.tiles} />
      </section>
      <section aria-labelledby="strategy" className="mb-10">
        <h2 id="strategy" className="mb-2 text-2xl font-bold">
          Strategy action plan
        </h2>
        <PackStrategySection strategy={content.strategy} />
      </section>
      <KpiSection id="page-BUDGET" title="Involvement budget" content={content} tiles={section("BUDGET")} />
    </>
  );
};

const KpiSection = ({
  id,
  title,
  content,
  tiles,
}: {
  id: string;
  title: string;
  content: Awaited<ReturnType<typeof getPack>>["content"];
  tiles: Awaited<ReturnType<typeof getPack>>["content"]["tiles"];
}) => (
  <section aria-labelledby={id} className="pack-page mb-10">
    <h2 id={id} className="mb-4 text-2xl font-bold">
      {title}
    </h2>
    {tiles.length === 0 ? (
      <p>No KPIs are reported in this section.</p>
    ) : (
      <>
        <PackTable caption={`${title}: KPIs`} tiles={tiles} commentary={content.commentary} />
        {/* The table above carries the commentary: the charts do not repeat it. */}
        {tiles.map((tile) => (
          <KpiChart key={tile.code} tile={tile} />
        ))}
      </>
    )}
  </section>
);

export default PackPage;
