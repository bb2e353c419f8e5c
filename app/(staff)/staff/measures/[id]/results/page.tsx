import { ROUND_STATUS_LABEL } from "@/lib/surveys/labels";
import type { Metadata } from "next";
import Link from "next/link";
import { PerceptionTable } from "@/components/measures/perception-table";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { AREA_ROLES } from "@/lib/auth/rules";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import { getRound, getComparedResults } from "@/lib/surveys/queries";
import { groupsFor } from "@/lib/surveys/results-rules";
import { loadRound } from "../load";
import { publishRoundAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Survey results" };

type Props = { params: Promise<{ id: string }> };

const RoundResultsPage = async ({ params }: Props) => {
  const { user, round } = await loadRound(params, getRound, AREA_ROLES.board);
  const results = await getComparedResults(round);
  const isStaff = (AREA_ROLES.staff as readonly string[]).includes(user.role);
  const year = financialYearLabel(round.year);
  const ignored = Object.entries(results.ignored).filter(([, count]) => count > 0);
  return (
    <>
      {isStaff && (
        <p className="mb-4">
          <Link href={`/staff/measures/${round.id}`}>Back to the {year} survey</Link>
        </p>
      )}
      <PageHeading caption={`Perception survey ${year}`}>Results</PageHeading>
      <SummaryList
        rows={[
          { term: "Status", value: ROUND_STATUS_LABEL[round.status] },
          ...groupsFor(round.regime).map((group) => ({
            term: `Respondents: ${TENURE_LABEL[group]}`,
            value: results.respondents[group].toLocaleString("en-GB"),
          })),
          {
            term: "Compared with",
            value: results.previousYear
              ? `The ${financialYearLabel(results.previousYear)} survey`
              : "No survey the year before",
          },
        ]}
      />
      <p className="mb-4">
        <a href={`/staff/measures/${round.id}/results.csv`}>Download these results as a spreadsheet (CSV)</a>
        {isStaff && (
          <>
            {" "}
            · <Link href={`/staff/measures/${round.id}/plan`}>Sampling plan and method statement</Link>
          </>
        )}
      </p>
      {isStaff && round.status !== "PUBLISHED" && (
        <section aria-labelledby="publish" className="mb-8 max-w-2xl">
          <h2 id="publish" className="mb-2 text-xl font-bold">
            Publish results
          </h2>
          <p className="mb-2">
            Publishing shows these figures and the method statement to everyone on the public survey results page. It
            can be done once the round is closed, and the method statement cannot change afterwards.
          </p>
          <ActionButton action={publishRoundAction} fields={{ roundId: round.id }}>
            Publish results
          </ActionButton>
        </section>
      )}
      {groupsFor(round.regime).map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mb-10">
          <h2 id={`group-${group}`} className="mb-2 text-2xl font-bold">
            {TENURE_LABEL[group]}
          </h2>
          <PerceptionTable
            measures={results.measures}
            group={group}
            year={round.year}
            previousYear={results.previousYear}
          />
        </section>
      ))}
      {ignored.length > 0 && (
        <p className="max-w-2xl text-gray-700">
          Left out because the respondent was not asked the screening question or did not pass it:{" "}
          {ignored.map(([code, count]) => `${code} ${count}`).join(", ")}.
        </p>
      )}
    </>
  );
};

export default RoundResultsPage;
