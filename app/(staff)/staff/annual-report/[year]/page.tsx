import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DraftReviewsPanel } from "@/components/reviews/draft-reviews-panel";
import { ActionForm } from "@/components/ui/action-form";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { publishRefusal, SECTION_TITLE } from "@/lib/annual-report/rules";
import { ZReportYear } from "@/lib/annual-report/schemas";
import { getReportChoices } from "@/lib/annual-report/staff-queries";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { financialYearLabel } from "@/lib/uk-time";
import { askForReviewAction } from "../../reviews/actions";
import { saveIntroductionAction } from "../actions";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ published?: string }> };

export const metadata: Metadata = { title: "Annual report" };

/** One year's report: its sections with the officers' choices, a preview, and publishing. */
const AnnualReportPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const year = ZReportYear.safeParse({ year: (await params).year });
  if (!year.success) notFound();
  const report = await getReportChoices(year.data.year);
  if (!report) notFound();
  const base = `/staff/annual-report/${report.year}`;
  const refusal = publishRefusal(report, new Date());
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/annual-report">All annual reports</Link>
      </p>
      <PageHeading>Annual report {financialYearLabel(report.year)}</PageHeading>
      {(await searchParams).published && <Notice title="The report is published. It can no longer be changed." />}
      {report.publishedAt ? (
        <p className="mb-6">
          Published on {formatDateTime(report.publishedAt)}. Tenants read it at{" "}
          <Link href={`/annual-report/${report.year}`}>the published report</Link>. It cannot be changed.
        </p>
      ) : (
        <p className="mb-6">
          Draft. The figures are today&apos;s until the report is published; then they are kept as they are.{" "}
          <Link href={`${base}/preview`}>Preview the report as tenants will read it</Link>.
        </p>
      )}
      <DraftReviewsPanel
        subjectKind="ANNUAL_REPORT"
        subjectId={report.id}
        isDraft={!report.publishedAt}
        askAction={askForReviewAction}
      />
      <h2 className="mb-3 text-2xl font-bold">Sections</h2>
      <SummaryList
        rows={report.parts.map((part) => ({
          term: SECTION_TITLE[part.section],
          value: (
            <>
              <p>
                {part.included ? "Included" : "Left out"}
                {part.featured.length > 0 && `; featured: ${part.featured.join(", ")}`}
              </p>
              <p className="whitespace-pre-line">{part.commentary || "No commentary yet."}</p>
              {!report.publishedAt && (
                <Link href={`${base}/${part.section.toLowerCase()}`}>
                  Change<span className="sr-only"> {SECTION_TITLE[part.section]}</span>
                </Link>
              )}
            </>
          ),
        }))}
      />
      {report.publishedAt ? null : (
        <>
          <ActionForm
            action={saveIntroductionAction}
            label="Introduction"
            hidden={{ year: String(report.year) }}
            fields={[
              { kind: "heading", name: "introduction-heading", label: "Introduction" },
              {
                kind: "textarea",
                name: "introduction",
                label: "Opening words",
                hint: "From the chief executive or the chair of the tenants' panel.",
                rows: 6,
                defaultValue: report.introduction,
              },
            ]}
            submit="Save the introduction"
            kind="secondary"
          />
          <h2 className="mb-3 mt-8 text-2xl font-bold">Publish</h2>
          {refusal ? <p>{refusal}</p> : <ButtonLink href={`${base}/publish`}>Publish the report</ButtonLink>}
        </>
      )}
    </div>
  );
};

export default AnnualReportPage;
