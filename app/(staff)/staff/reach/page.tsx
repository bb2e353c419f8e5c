import type { Metadata } from "next";
import Link from "next/link";
import { ProfileTable } from "@/components/reach/profile-table";
import { ReachYearPicker } from "@/components/reach/reach-year-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { financialYearPeriod, getInvolvementProfile, seldomHeard } from "@/lib/reach/profile";
import { invitationForAudience } from "@/lib/reach/event-invitation-rules";
import { consultationForAudience, newsletterForAudience } from "@/lib/reach/rules";
import { ZReachQuery } from "@/lib/reach/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { ReachGapForm } from "./reach-gap-form";

export const metadata: Metadata = { title: "Who takes part" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ReachPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.staff);
  const current = financialYearOf(new Date());
  const year = ZReachQuery.parse(await searchParams).year ?? current;
  const profile = await getInvolvementProfile(financialYearPeriod(year));
  const missing = seldomHeard(profile);
  const period = financialYearLabel(year);
  return (
    <>
      <PageHeading caption={`Reach: ${period}`}>Who takes part</PageHeading>
      <p className="mb-4 max-w-2xl">
        Everyone involved in {period} (answered a consultation, came to an event, completed training, belonged to a
        group or panel, or gave feedback) compared with all current customers. {profile.involved} people were involved,
        out of {profile.customers} customers. Counts under {SMALL_NUMBER_THRESHOLD} are hidden so that nobody can be
        identified, and so is one more count where the hidden one could otherwise be worked out.
      </p>
      <p className="mb-6 max-w-2xl">
        <Link href="/staff/reach/training">Training people would like</Link> ·{" "}
        <Link href="/staff/reach/evaluations">What people said about taking part</Link>
      </p>
      <ReachYearPicker current={current} year={year} />

      <h2 className="mb-2 text-2xl font-bold">Seldom heard</h2>
      <p className="mb-4 max-w-2xl">
        Groups whose share of those involved is {profile.gapPoints} or more percentage points below their share of
        customers. Start a consultation, a newsletter or an event invitation for a group and its audience is chosen for
        you.
      </p>
      {missing.length === 0 ? (
        <p className="mb-8">No group is under-represented by {profile.gapPoints} points or more.</p>
      ) : (
        <ul className="mb-8 max-w-2xl space-y-3">
          {missing.map((row) => (
            <li key={row.key} className="border-l-4 border-gray-900 pl-4">
              <p className="font-bold">
                {row.dimension}: {row.label}
              </p>
              <p>
                {row.customerShare === null ? "Few" : `${row.customerShare}% of`} customers;{" "}
                {row.involvedShare === null ? `fewer than ${SMALL_NUMBER_THRESHOLD} people` : `${row.involvedShare}%`}{" "}
                of those involved.
              </p>
              {row.audience && (
                <>
                  <Link href={consultationForAudience(row.audience)}>
                    Start a consultation for {row.label.toLowerCase()}
                    <span className="sr-only"> ({row.dimension.toLowerCase()})</span>
                  </Link>{" "}
                  ·{" "}
                  <Link href={newsletterForAudience(row.audience)}>
                    Write a newsletter for {row.label.toLowerCase()}
                    <span className="sr-only"> ({row.dimension.toLowerCase()})</span>
                  </Link>{" "}
                  ·{" "}
                  <Link href={invitationForAudience(row.audience)}>
                    Invite {row.label.toLowerCase()} to an event
                    <span className="sr-only"> ({row.dimension.toLowerCase()})</span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-4 text-2xl font-bold">The whole profile</h2>
      {profile.dimensions.map((dimension) => (
        <ProfileTable key={dimension.key} dimension={dimension} period={period} />
      ))}

      {user.role === "ADMIN" && (
        <>
          <h2 className="mb-2 text-2xl font-bold">Threshold</h2>
          <ReachGapForm current={profile.gapPoints} />
        </>
      )}
    </>
  );
};

export default ReachPage;
