import type { Metadata } from "next";
import Link from "next/link";
import { TrainingWishForm } from "@/components/reach/training-wish-form";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { ZInvitedQuery } from "@/lib/reach/training-schemas";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate, formatDateTime } from "@/lib/format";
import { listCoursesAndWishes } from "@/lib/reach/training-queries";
import { getTrainingDemand } from "@/lib/reach/training-requests";
import { inviteRequestersAction, requestStaffTrainingAction } from "./actions";

export const metadata: Metadata = { title: "Training people would like" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const invitedMessage = (invited: number) =>
  invited === 0 ? "Everyone who asked had already been invited." : `We have invited ${invited} people.`;

const TrainingDemandPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.staff);
  const invited = ZInvitedQuery.parse(await searchParams).invited;
  const [{ courses, ownWords }, mine] = await Promise.all([
    getTrainingDemand(new Date()),
    listCoursesAndWishes({ userId: user.id }),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/reach">Back to who takes part</Link>
      </p>
      {invited !== undefined && <Notice title={invitedMessage(invited)} />}
      <PageHeading caption="Reach">Training people would like</PageHeading>
      <p className="mb-6 max-w-2xl">
        What tenants and staff have asked for. When a course has a session coming up, invite everyone who asked and has
        not been invited yet: they are emailed a link to book.
      </p>
      <DataTable
        caption="Training asked for, per course"
        rows={courses}
        rowKey={(row) => row.id}
        columns={[
          { header: "Course", cell: (row) => row.title },
          { header: "Asked", cell: (row) => row.asked },
          { header: "Not yet invited", cell: (row) => row.waiting },
          {
            header: "Next session",
            cell: (row) =>
              row.nextSessionId && row.nextSessionAt ? (
                <Link href={`/staff/events/${row.nextSessionId}`}>{formatDateTime(row.nextSessionAt)}</Link>
              ) : (
                "None planned"
              ),
          },
          {
            header: "Invite",
            cell: (row) =>
              row.waiting > 0 && row.nextSessionId ? (
                <ActionButton action={inviteRequestersAction} fields={{ courseId: row.id }} context={row.title}>
                  Invite the {row.waiting} who asked
                </ActionButton>
              ) : (
                "Nobody to invite"
              ),
          },
        ]}
      />
      <h2 className="mb-2 mt-8 text-2xl font-bold">In people&apos;s own words</h2>
      {ownWords.length === 0 ? (
        <p className="mb-8">Nobody has asked for anything off the list.</p>
      ) : (
        <ul className="mb-8 max-w-2xl list-disc space-y-1 pl-6">
          {ownWords.map((wish) => (
            <li key={wish.id}>
              {wish.ownWords} ({wish.customerId ? "a tenant" : "staff"}, {formatDate(wish.createdAt)})
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 text-2xl font-bold">Training you would like</h2>
      {mine.wishes.length > 0 && (
        <p className="mb-4">
          You have asked for: {mine.wishes.map((wish) => wish.course?.title ?? wish.ownWords).join("; ")}.
        </p>
      )}
      <div className="max-w-2xl">
        <TrainingWishForm action={requestStaffTrainingAction} courses={mine.courses} />
      </div>
    </>
  );
};

export default TrainingDemandPage;
