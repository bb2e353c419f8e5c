import { notFound } from "next/navigation";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { getLandlord } from "@/lib/landlord/queries";
import { annualMonitoringPdf } from "@/lib/kpi/annual-monitoring-pdf";
import { getAnnualMonitoringReport } from "@/lib/monitoring/annual-report";
import { ZAnnualReportYear } from "@/lib/monitoring/schemas";
import { financialYearOf } from "@/lib/uk-time";

export const GET = async (request: Request) => {
  await requireRole(AREA_ROLES.board);
  const { year = financialYearOf(new Date()) } = ZAnnualReportYear.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const [report, landlord] = await Promise.all([getAnnualMonitoringReport(year), getLandlord()]);
  if (!report) notFound();
  const pdf = await annualMonitoringPdf(report, landlord.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="annual-monitoring-report-${year}.pdf"`,
    },
  });
};
