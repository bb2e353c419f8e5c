import type { Metadata } from "next";
import { formatDateRange } from "@/lib/format";
import Link from "next/link";
import { ComplaintsUploadForm } from "@/components/measures/complaints-upload-form";
import { FileProblems } from "@/components/measures/file-problems";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import type { StageFigures } from "@/lib/measures/complaints";
import { figuresFromUpload } from "@/lib/complaints/figures-from-upload";
import { type ComplaintsQuery, ZComplaintsQuery } from "@/lib/complaints/schemas";
import { PROBLEMS_SHOWN } from "@/lib/uploads/rules";
import { financialYearDays, financialYearOf } from "@/lib/uk-time";
import { uploadComplaintsAction } from "./actions";

export const metadata: Metadata = { title: "Complaints figures" };

const ROWS: { label: string; figure: (stage: StageFigures) => number | null | undefined; unit?: string }[] = [
  { label: "Complaints received in the period", figure: (stage) => stage.received },
  { label: "Complaints responded to in the period", figure: (stage) => stage.responded },
  { label: "Responded to within the timescale", figure: (stage) => stage.respondedWithinTimescale },
  {
    label: "Responded to within the timescale (England CH02)",
    figure: (stage) => stage.percentWithinTimescale,
    unit: "%",
  },
  {
    label: "Received in the period and responded to by its end (Scotland ARC indicator 3)",
    figure: (stage) => stage.percentResponded,
    unit: "%",
  },
  { label: "Average working days to respond (Scotland ARC indicator 4)", figure: (stage) => stage.averageWorkingDays },
  { label: "Received per 1,000 homes (England CH01)", figure: (stage) => stage.perThousandHomes },
];

const show = (value: number | null | undefined, unit = "") =>
  value === undefined
    ? "Enter the number of homes"
    : value === null
      ? "None to count"
      : unit === "%"
        ? `${value.toFixed(1)}%`
        : String(value);

const FiguresTable = ({ stage1, stage2 }: { stage1: StageFigures; stage2: StageFigures }) => (
  <DataTable
    caption="Complaints figures by stage"
    rowKey={(row) => row.label}
    rows={ROWS}
    columns={[
      { header: "Figure", cell: (row) => row.label },
      { header: "Stage 1", cell: (row) => show(row.figure(stage1), row.unit) },
      { header: "Stage 2", cell: (row) => show(row.figure(stage2), row.unit) },
    ]}
  />
);

const Results = async ({ query }: { query: ComplaintsQuery }) => {
  const result = await figuresFromUpload(query);
  if (result.status === "gone")
    return <p className="mb-6 font-bold">We no longer have that file. Upload it again below.</p>;
  if (result.status === "problems") {
    return (
      <FileProblems
        problems={result.problems.slice(0, PROBLEMS_SHOWN)}
        total={result.problems.length}
        consequence="No figures can be given"
      />
    );
  }
  const { figures } = result;
  return (
    <section aria-labelledby="figures-heading" className="mb-10">
      <h2 id="figures-heading" className="mb-2 text-2xl font-bold">
        Figures for {formatDateRange(figures.from, figures.to)}
      </h2>
      <p className="mb-4">
        From {result.complaints} complaint stages, counted for{" "}
        {figures.regime === "england" ? "England (Complaint Handling Code)" : "Scotland (SPSO model procedure)"}.
      </p>
      <FiguresTable stage1={figures.stage1} stage2={figures.stage2} />
    </section>
  );
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ComplaintsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const query = ZComplaintsQuery.safeParse(await searchParams);
  const year = financialYearOf(new Date());
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/staff/measures">Back to measures</Link>
      </p>
      <PageHeading caption="Measures">Complaints figures</PageHeading>
      <p className="mb-4">
        Upload the complaints from your complaints system to get the figures the regulator asks for. Working days skip
        weekends, bank holidays and the local holidays your administrator has added. The file is deleted within a day.
      </p>
      <p className="mb-6">
        One line per complaint stage, with a header row: <code>complaint_ref</code>, <code>stage</code> (1 or 2),{" "}
        <code>received_on</code>, and optionally <code>acknowledged_on</code>, <code>responded_on</code> and{" "}
        <code>extension_working_days</code>. Dates are written like 2026-04-01.
      </p>
      {query.success && <Results query={query.data} />}
      <h2 className="mb-2 text-2xl font-bold">
        {query.success ? "Work out figures for another file or period" : "Upload a file"}
      </h2>
      <ComplaintsUploadForm
        action={uploadComplaintsAction}
        period={query.success ? query.data : financialYearDays(year)}
      />
    </div>
  );
};

export default ComplaintsPage;
