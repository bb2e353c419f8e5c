import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/annual-report/report-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getAnnualReport } from "@/lib/annual-report/queries";
import { ZReportYear } from "@/lib/annual-report/schemas";
import { formatDate } from "@/lib/format";
import { financialYearLabel } from "@/lib/uk-time";

type Props = { params: Promise<{ year: string }> };

// No year is rendered by the build (it never reads the database); each is rendered on its first request and then
// cached like the other public pages. A published report never changes, so the cache never serves a stale one.
export const generateStaticParams = async () => [];

const readYear = async (params: Props["params"]) => ZReportYear.safeParse({ year: (await params).year });

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const year = await readYear(params);
  return { title: year.success ? `Annual report ${financialYearLabel(year.data.year)}` : "Page not found" };
};

/** One year's published report; a draft, like a year with none, is not found. */
const AnnualReportPage = async ({ params }: Props) => {
  const year = await readYear(params);
  if (!year.success) notFound();
  const report = await getAnnualReport(year.data.year, new Date(), { publishedOnly: true });
  if (!report) notFound();
  const { content } = report;
  return (
    <>
      <PageHeading caption={content.landlordName}>Our year {content.yearLabel}</PageHeading>
      <p className="mb-4 max-w-3xl">
        Our report to tenants for April {content.year} to March {content.year + 1}, published on{" "}
        {formatDate(new Date(content.publishedOn as string))}.
      </p>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>
          <a href={`/annual-report/${content.year}/pdf`}>Download the report (PDF)</a>
        </li>
        <li>
          <a href={`/annual-report/${content.year}/large-print`}>Download the report in large print (PDF)</a>
        </li>
        <li>
          <Link href="/annual-report">Reports for other years</Link>
        </li>
      </ul>
      <ReportView content={content} />
    </>
  );
};

export default AnnualReportPage;
