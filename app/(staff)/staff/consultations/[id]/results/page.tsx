import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { BarChart } from "@/components/ui/bar-chart";
import { SuppressedCountsTable } from "@/components/people/suppressed-counts-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { doneMessage, RESPONSE_CHANNEL_LABEL } from "@/lib/consultations/labels";
import {
  getAudienceChoices,
  getRespondentEquality,
  getResultCounts,
  listWrittenAnswers,
} from "@/lib/consultations/queries";
import { buildResults } from "@/lib/consultations/results";
import { ZResultsFilter } from "@/lib/consultations/schemas";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { optionsFrom } from "@/lib/people/labels";
import { consultationTitle, loadConsultation } from "../load";
import { FilterForm } from "@/components/ui/filter-form";
import { count } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: `${await consultationTitle(params)}: results`,
});

const ResultsPage = async ({ params, searchParams }: Props) => {
  const consultation = await loadConsultation(params);
  const query = await searchParams;
  const filter = ZResultsFilter.parse(query);
  const done = doneMessage(query.done);
  const [counts, written, { areas, kinds }, equality] = await Promise.all([
    getResultCounts(consultation.id, filter),
    listWrittenAnswers(consultation.id, filter),
    getAudienceChoices(),
    getRespondentEquality(consultation.id),
  ]);
  const results = buildResults(consultation.questions, counts);
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</Link>
      </p>
      <PageHeading caption={consultation.title}>Results</PageHeading>
      {done && <Notice title={done} />}
      <FilterForm
        label="Filter results"
        submit="Show results"
        layout="grid max-w-3xl gap-4 sm:grid-cols-4 sm:items-end"
      >
        <SelectField
          name="area"
          label="Area"
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          defaultValue={filter.area}
        />
        <SelectField name="kind" label="Kind of customer" options={kinds} defaultValue={filter.kind} />
        <SelectField
          name="channel"
          label="How they responded"
          options={optionsFrom(RESPONSE_CHANNEL_LABEL)}
          defaultValue={filter.channel}
        />
      </FilterForm>
      <p className="mb-4">
        Download all responses as a spreadsheet (CSV):{" "}
        <a href={`/staff/consultations/${consultation.id}/export`}>without names</a> or{" "}
        <a href={`/staff/consultations/${consultation.id}/export?personal=yes`}>with names and customer references</a>{" "}
        (recorded in the audit log).
      </p>
      <p className="mb-8 text-xl">
        <strong>{count(counts.total, "response")}</strong>
        {(filter.area || filter.kind || filter.channel) && " matching the filters"}.
      </p>
      {results.map(({ question, answered, rows, headline, number }, index) => {
        const texts = written.filter((answer) => answer.questionId === question.id);
        return (
          <section key={question.id} className="mb-10" aria-labelledby={`result-${question.id}`}>
            <h2 id={`result-${question.id}`} className="mb-2 text-xl font-bold">
              {index + 1}. {question.label}
            </h2>
            <p className="mb-2 text-gray-700">{answered} answered.</p>
            {headline && <p className="mb-4 text-2xl font-bold">{headline}</p>}
            {rows.length > 0 && <BarChart caption={`Answers to question ${index + 1}`} rows={rows} />}
            {number && (
              <p>
                Average {number.average.toLocaleString("en-GB", { maximumFractionDigits: 1 })} (lowest {number.minimum},
                highest {number.maximum}).
              </p>
            )}
            {texts.length > 0 && (
              <>
                <h3 className="mb-2 mt-4 text-lg font-bold">Written answers ({texts.length})</h3>
                <ul className="list-disc space-y-2 pl-6">
                  {texts.map((answer, number) =>
                    answer.redactedAt ? (
                      <li key={String(answer.id)}>
                        <em>Removed by an officer</em>
                      </li>
                    ) : (
                      <li key={String(answer.id)}>
                        {answer.text}{" "}
                        <ButtonLink
                          kind="secondary"
                          href={`/staff/consultations/${consultation.id}/results/remove/${answer.id}`}
                        >
                          Remove
                          <span className="sr-only">
                            {" "}
                            written answer {number + 1} to question {index + 1}
                          </span>
                        </ButtonLink>
                      </li>
                    ),
                  )}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <section aria-labelledby="who-responded" className="mb-10">
        <h2 id="who-responded" className="mb-2 text-2xl font-bold">
          Who responded (equality monitoring)
        </h2>
        <p className="mb-4 max-w-2xl">
          All named respondents who answered our equality questions. Counts under {SMALL_NUMBER_THRESHOLD} are shown as
          &ldquo;fewer than {SMALL_NUMBER_THRESHOLD}&rdquo; so that nobody can be identified.
        </p>
        {equality.map((question) => (
          <details key={question.label} className="mb-4">
            <summary className="cursor-pointer font-bold">{question.label}</summary>
            <SuppressedCountsTable
              caption={`Respondents by: ${question.label}`}
              countHeader="Respondents"
              rows={question.rows}
            />
          </details>
        ))}
      </section>
    </>
  );
};

export default ResultsPage;
