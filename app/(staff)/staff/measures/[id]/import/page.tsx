import type { Metadata } from "next";
import Link from "next/link";
import { FileProblems } from "@/components/measures/file-problems";
import { ActionButton } from "@/components/ui/action-button";
import { CsvUploadForm } from "@/components/ui/csv-upload-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getRoundOverview, previewResponsesFile } from "@/lib/surveys/queries";
import { measuresFor } from "@/lib/surveys/stored-answers";
import { confirmResponsesImportAction, uploadResponsesAction } from "../../actions";
import { loadRound } from "../load";
import { financialYearLabel } from "@/lib/uk-time";
import { count, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Import survey responses" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ upload?: string }> };

const ColumnGuide = ({ codes }: { codes: string[] }) => (
  <>
    <h2 className="mb-2 mt-10 text-2xl font-bold">What the file must contain</h2>
    <p className="mb-2 max-w-3xl">
      One line per respondent, with a header row. Required columns: <code>respondent_ref</code> (unique) and{" "}
      <code>tenure</code> (<code>LCRA</code> or <code>LCHO</code>). Optional: <code>method</code> (
      <code>telephone</code>, <code>online</code>, <code>postal</code> or <code>face_to_face</code>; a blank method is
      recorded as not stated), <code>collected_on</code> (YYYY-MM-DD), <code>had_repair_12m</code>,{" "}
      <code>complained_12m</code>, <code>has_communal_areas</code> (<code>yes</code> or <code>no</code>) and the
      answers, one column each:{" "}
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 && ", "}
          <code>{code}</code>
        </span>
      ))}
      , written as on the questionnaire, such as <code>Very satisfied</code>.
    </p>
    <p className="max-w-3xl">
      This is the same file the <code>measures tsm</code> command reads. Answers to a screened question from someone who
      did not answer yes to its screening question are kept as written, and the figures ignore them, as the command
      does.
    </p>
  </>
);

const ImportResponsesPage = async ({ params, searchParams }: Props) => {
  const { round } = await loadRound(params, getRoundOverview);
  const { upload } = await searchParams;
  const title = `Perception survey ${financialYearLabel(round.year)}`;
  const preview = upload && round.status === "OPEN" ? await previewResponsesFile(round, upload) : null;
  const here = `/staff/measures/${round.id}/import`;
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href={`/staff/measures/${round.id}`}>Back to {title}</Link>
      </p>
      <PageHeading caption={title}>Import a contractor&apos;s file of responses</PageHeading>
      {round.status !== "OPEN" ? (
        <p>This round is closed, so it takes no more responses.</p>
      ) : upload && !preview ? (
        <p className="mb-6 font-bold">
          We no longer have that file. <Link href={here}>Upload it again</Link> to check and import it.
        </p>
      ) : preview && upload ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">Check what this file will do</h2>
          <ul className="mb-6 list-disc pl-6 text-lg">
            <li>
              {count(preview.count, "response")} to add: {preview.lcra} LCRA, {preview.lcho} LCHO
            </li>
            {preview.methodNotStated > 0 && (
              <li>{count(preview.methodNotStated, "response")} with no method: recorded as not stated</li>
            )}
            <li>{count(preview.ignored, "answer")} to screened questions the figures will ignore</li>
            <li>{count(preview.problemCount, "problem")}</li>
          </ul>
          {preview.problemCount > 0 ? (
            <FileProblems
              problems={preview.problems}
              total={preview.problemCount}
              consequence="Nothing can be imported"
            />
          ) : preview.count > 0 ? (
            <ActionButton
              action={confirmResponsesImportAction}
              fields={{ roundId: round.id, upload, digest: preview.digest }}
            >
              Import {plural(preview.count, "this", "these")} {count(preview.count, "response")}
            </ActionButton>
          ) : (
            <p className="mb-6 font-bold">The file has no responses to import.</p>
          )}
          <p className="mt-6">
            <Link href={here}>Upload a different file</Link>
          </p>
        </>
      ) : (
        <>
          <CsvUploadForm
            action={uploadResponsesAction}
            labels={{ file: "Responses file" }}
            hint="A CSV file saved as UTF-8, up to 20 MB. Nothing is stored until you have checked what it will do."
            submit="Check the file"
            hidden={{ roundId: round.id }}
          />
          <ColumnGuide codes={measuresFor(round.regime).map(({ code }) => code)} />
        </>
      )}
    </div>
  );
};

export default ImportResponsesPage;
