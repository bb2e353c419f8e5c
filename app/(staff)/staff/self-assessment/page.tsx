import type { Metadata } from "next";
import { AssessmentSummary, SignOffStatus } from "@/components/self-assessment/assessment-summary";
import { DraftReviewsPanel } from "@/components/reviews/draft-reviews-panel";
import { PageHeading } from "@/components/ui/page-heading";
import { YearPicker } from "@/components/ui/year-picker";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getSelfAssessment, listSelfAssessmentYears } from "@/lib/self-assessment/queries";
import { STANDARD_NAME } from "@/lib/self-assessment/requirements";
import { ZSelfAssessmentQuery } from "@/lib/self-assessment/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import Link from "next/link";
import { askForReviewAction } from "../reviews/actions";

export const metadata: Metadata = { title: "Involvement self-assessment" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StaffSelfAssessmentPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const landlord = await getLandlord();
  const year = ZSelfAssessmentQuery.parse(await searchParams).year ?? financialYearOf(new Date());
  const [view, years] = await Promise.all([
    getSelfAssessment(landlord.regime, year),
    listSelfAssessmentYears(landlord.regime),
  ]);
  return (
    <>
      <PageHeading caption="Involvement">Self-assessment, {financialYearLabel(year)}</PageHeading>
      <p className="mb-4 max-w-3xl">
        How well we meet {STANDARD_NAME[landlord.regime]}. Rate each requirement, explain why with the evidence the{" "}
        <Link href="/board/assurance">assurance map</Link> holds for it, and add improvement actions for any gap: they
        join the strategy&apos;s action plan. The board then signs it off.
      </p>
      <YearPicker years={years} year={year} emptyLabel="This year" />
      <SignOffStatus view={view} />
      {view.id && (
        <DraftReviewsPanel
          subjectKind="SELF_ASSESSMENT"
          subjectId={view.id}
          isDraft={!view.signOff}
          askAction={askForReviewAction}
        />
      )}
      <AssessmentSummary
        view={view}
        assessHref={(code) => `/staff/self-assessment/${encodeURIComponent(code)}?year=${year}`}
      />
    </>
  );
};

export default StaffSelfAssessmentPage;
