import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { count, formatDate, plural } from "@/lib/format";
import { countPendingJoinRequests, getGroup } from "@/lib/groups/queries";
import { isCurrent } from "@/lib/groups/rules";
import { MEMBER_KIND_LABEL, memberName } from "@/lib/groups/space-rules";
import { GROUP_TYPE_LABEL, MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import { GroupDetailsForm } from "../group-details-form";
import { AddMemberForm, EndMembershipForm } from "./membership-forms";
import { RtoRegisterForm } from "./rto-register-form";
import { isoDay, ukToday } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Tenant group" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

const GroupPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const id = (await params).id;
  const [group, waiting] = await Promise.all([getGroup(id), countPendingJoinRequests(id)]);
  if (!group) notFound();
  const { created } = await searchParams;
  const today = ukToday(new Date());
  const todayValue = isoDay(today);
  const current = group.memberships.filter((m) => isCurrent(m, today));
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/groups">Back to tenant groups</Link>
      </p>
      <PageHeading caption={GROUP_TYPE_LABEL[group.type]}>{group.name}</PageHeading>
      {created && <Notice title="The group has been added." />}
      <p className="mb-6">
        <Link href={`/groups/${group.id}`}>Open the group&apos;s space</Link>: meetings, papers, minutes, actions, and
        members who are not customers.
      </p>
      {waiting > 0 && (
        <p className="mb-6 text-lg font-bold">
          <Link href="/staff/groups/requests">
            {`${count(waiting, "request")} to join ${plural(waiting, "is", "are")} waiting for an answer`}
          </Link>
        </p>
      )}
      <h2 className="mb-2 text-2xl font-bold">Members</h2>
      {group.memberships.length === 0 ? (
        <p className="mb-8">No one has joined this group yet.</p>
      ) : (
        <div className="mb-8">
          <DataTable
            caption={`Members of ${group.name}`}
            rows={group.memberships}
            rowKey={(m) => m.id}
            columns={[
              {
                header: "Name",
                cell: (m) =>
                  m.customer ? <Link href={`/staff/customers/${m.customer.id}`}>{memberName(m)}</Link> : memberName(m),
              },
              { header: "Reference", cell: (m) => m.customer?.reference ?? MEMBER_KIND_LABEL[m.kind] },
              { header: "Role", cell: (m) => MEMBERSHIP_ROLE_LABEL[m.role] },
              { header: "Joined", cell: (m) => formatDate(m.startedOn) },
              { header: "Left", cell: (m) => formatDate(m.endedOn, "Current member") },
            ]}
          />
        </div>
      )}
      <div className="max-w-2xl">
        <AddMemberForm groupId={group.id} today={todayValue} />
        {current.length > 0 && (
          <EndMembershipForm
            today={todayValue}
            members={current.map((m) => ({
              id: m.id,
              label: `${memberName(m)} (${MEMBERSHIP_ROLE_LABEL[m.role]})`,
            }))}
          />
        )}
        {group.type === "RTO" && (
          <section aria-labelledby="rto-register">
            <h2 id="rto-register" className="mb-4 text-2xl font-bold">
              Entry on the register of tenant organisations
            </h2>
            <RtoRegisterForm group={group} />
          </section>
        )}
        <section aria-labelledby="group-details">
          <h2 id="group-details" className="mb-4 text-2xl font-bold">
            Group details
          </h2>
          <GroupDetailsForm group={group} />
        </section>
      </div>
    </>
  );
};

export default GroupPage;
