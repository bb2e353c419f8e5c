import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { publishRefusal } from "@/lib/annual-report/rules";
import { ZReportYear } from "@/lib/annual-report/schemas";
import { getReportChoices } from "@/lib/annual-report/staff-queries";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { financialYearLabel } from "@/lib/uk-time";
import { publishReportAction } from "../../actions";

type Props = { params: Promise<{ year: string }> };

export const metadata: Metadata = { title: "Publish the annual report" };

/** The confirmation step: publishing cannot be taken back. */
const PublishReportPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const year = ZReportYear.safeParse({ year: (await params).year });
  if (!year.success) notFound();
  const report = await getReportChoices(year.data.year);
  if (!report || publishRefusal(report, new Date())) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeading>Publish the annual report {financialYearLabel(report.year)}?</PageHeading>
      <p className="mb-4">
        Everyone will be able to read it on the website and download it as a PDF and in large print. Its figures and
        words are then kept exactly as they are: nobody can change a published report.
      </p>
      <ConfirmForm
        action={publishReportAction}
        fields={{ year: String(report.year) }}
        confirm="Yes, publish it"
        cancelHref={`/staff/annual-report/${report.year}`}
      />
    </div>
  );
};

export default PublishReportPage;
