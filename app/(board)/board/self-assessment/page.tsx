import type { Metadata } from "next";
import { BoardNav } from "@/components/kpi/board-nav";
import { AssessmentSummary, SignOffStatus } from "@/components/self-assessment/assessment-summary";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { YearPicker } from "@/components/ui/year-picker";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { getLandlord } from "@/lib/landlord/queries";
import { getSelfAssessment, listSelfAssessmentYears } from "@/lib/self-assessment/queries";
import { STANDARD_NAME } from "@/lib/self-assessment/requirements";
import { ZSelfAssessmentQuery } from "@/lib/self-assessment/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { signOffSelfAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Involvement self-assessment" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BoardSelfAssessmentPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.board);
  const landlord = await getLandlord();
  const asked = await searchParams;
  const now = new Date();
  const { quarter } = await readBoardQuery(asked, now);
  const year = ZSelfAssessmentQuery.parse(asked).year ?? financialYearOf(now);
  const [view, years] = await Promise.all([
    getSelfAssessment(landlord.regime, year),
    listSelfAssessmentYears(landlord.regime),
  ]);
  const canSignOff = (user.role === "BOARD" || user.role === "ADMIN") && view.id && !view.signOff;
  return (
    <>
      <PageHeading caption={landlord.name}>Involvement self-assessment, {financialYearLabel(year)}</PageHeading>
      <BoardNav quarter={quarter} current="/board/self-assessment" />
      <p className="mb-4 max-w-3xl">How well we meet {STANDARD_NAME[landlord.regime]}, as officers have assessed it.</p>
      <YearPicker years={years} year={year} emptyLabel="This year" />
      <SignOffStatus view={view} />
      <h2 className="mb-4 text-2xl font-bold">The requirements</h2>
      <AssessmentSummary view={view} />
      {canSignOff && view.blockers.length === 0 && (
        <div className="max-w-2xl">
          <h2 className="mb-2 text-2xl font-bold">Sign off for the board</h2>
          <p className="mb-4">
            Once signed off, the self-assessment is the record of what the board agreed and no longer changes.
          </p>
          <ActionForm
            action={signOffSelfAssessmentAction}
            label="Sign off the self-assessment"
            submit="Sign off"
            hidden={{ year: String(year) }}
            fields={[
              { kind: "text", name: "signedOffBy", label: "Signed off by", hint: "The chair, or who the board named." },
              { kind: "date", name: "signedOffOn", label: "Date of the board meeting" },
              { kind: "text", name: "minuteRef", label: "Minute reference" },
              { kind: "textarea", name: "note", label: "Note (optional)", rows: 3 },
            ]}
          />
        </div>
      )}
    </>
  );
};

export default BoardSelfAssessmentPage;
