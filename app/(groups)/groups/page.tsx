import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { calendarFeedPath, findCalendarToken } from "@/lib/groups/calendar-feed";
import { listMyGroups } from "@/lib/groups/space-access";
import { GROUP_TYPE_LABEL, MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import { renewCalendarFeedAction } from "./actions";

export const metadata: Metadata = { title: "Your groups" };

const MyGroupsPage = async () => {
  const user = await requireRole(AREA_ROLES.groups);
  const [groups, token] = await Promise.all([listMyGroups(user), findCalendarToken(user.id)]);
  const feedUrl = token && new URL(calendarFeedPath(token), env.APP_URL).href;
  return (
    <>
      <PageHeading>Your groups</PageHeading>
      {groups.length === 0 ? (
        <p className="mb-6">You are not a member of any group at the moment.</p>
      ) : (
        <ul className="mb-6 space-y-4">
          {groups.map((group) => (
            <li key={group.id} className="border-l-4 border-gray-400 pl-4">
              <h2 className="text-xl font-bold">
                <Link href={`/groups/${group.id}`}>{group.name}</Link>
              </h2>
              <p>
                {GROUP_TYPE_LABEL[group.type]}
                {group.memberships[0] && `: you are ${MEMBERSHIP_ROLE_LABEL[group.memberships[0].role].toLowerCase()}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {groups.length > 0 && (
        <section aria-labelledby="calendar-heading" className="mb-8 max-w-3xl">
          <h2 id="calendar-heading" className="mb-2 text-2xl font-bold">
            Your meetings in your own calendar
          </h2>
          <p className="mb-4">
            <a href="/groups/calendar.ics">Download your groups&apos; meetings</a> (a calendar file), or subscribe to
            your own calendar address so new meetings appear by themselves. Keep the address to yourself: anyone who has
            it can see your groups&apos; meetings.
          </p>
          {feedUrl && (
            <p className="mb-4">
              Your calendar address: <code className="break-all">{feedUrl}</code>
            </p>
          )}
          <ActionForm
            action={renewCalendarFeedAction}
            label="Calendar address"
            submit={feedUrl ? "Make a new calendar address" : "Make my calendar address"}
            fields={[]}
          />
        </section>
      )}
      {user.role === "TENANT" && (
        <p>
          <Link href="/get-involved">See groups and panels you can join</Link>
        </p>
      )}
    </>
  );
};

export default MyGroupsPage;
