import { landlordPdfLook } from "@/lib/landlord/pdf-look";
import { annualReportPdf } from "./pdf";
import { getAnnualReport } from "./queries";
import { ZReportYear } from "./schemas";

/**
 * A published report as a PDF download, or a 404 for a draft or a year with none. A published report never changes,
 * so browsers and proxies may keep it for a day.
 */
export const reportPdfResponse = async (rawYear: string, { largePrint = false } = {}) => {
  const year = ZReportYear.safeParse({ year: rawYear });
  const report = year.success ? await getAnnualReport(year.data.year, new Date(), { publishedOnly: true }) : null;
  if (!report) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const pdf = await annualReportPdf(report.content, await landlordPdfLook(), { largePrint });
  const name = `annual-report-${report.content.year}${largePrint ? "-large-print" : ""}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Cache-Control": "public, max-age=86400",
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
};
