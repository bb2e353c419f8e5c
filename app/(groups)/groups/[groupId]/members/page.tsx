import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { count } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { getGroupSpaceSettings, listCurrentMembers } from "@/lib/groups/space-queries";
import { MEMBER_KIND_LABEL, MEMBERS_LIST_LABEL, memberName, visibleMembers } from "@/lib/groups/space-rules";
import { MEMBERSHIP_ROLE_LABEL, optionsFrom } from "@/lib/people/labels";
import { isoDay, ukToday } from "@/lib/uk-time";
import { addOtherMemberAction, spaceSettingsAction } from "../actions";

const OTHER_KINDS = [
  { value: "COUNCILLOR", label: "A councillor" },
  { value: "STAFF", label: "A member of staff (with a staff account)" },
  { value: "INDEPENDENT", label: "An independent member" },
];

export const metadata: Metadata = { title: "Group members" };

type Props = { params: Promise<{ groupId: string }> };

const GroupMembersPage = async ({ params }: Props) => {
  const { group, standing, canModerate } = await requireGroupSpace((await params).groupId);
  const [members, settings] = await Promise.all([listCurrentMembers(group.id), getGroupSpaceSettings(group.id)]);
  const { named, unnamed } = visibleMembers(members, settings.membersList, standing);
  return (
    <>
      <PageHeading>Members</PageHeading>
      <p className="mb-4">The group has {count(members.length, "member")}.</p>
      {named.length > 0 && (
        <div className="mb-6">
          <DataTable
            caption={`Members of ${group.name}`}
            rows={named}
            rowKey={(m) => m.id}
            columns={[
              { header: "Name", cell: (m) => memberName(m) },
              { header: "Role", cell: (m) => MEMBERSHIP_ROLE_LABEL[m.role] },
              { header: "Member as", cell: (m) => MEMBER_KIND_LABEL[m.kind] },
            ]}
          />
        </div>
      )}
      {unnamed > 0 && <p className="mb-6">The group keeps the names of its other members to itself.</p>}
      {canModerate && (
        <div className="max-w-3xl">
          <p className="mb-6">
            Add a tenant by their customer reference, or end a membership, on the{" "}
            <Link href={`/staff/groups/${group.id}`}>group&apos;s staff page</Link>.
          </p>
          <ActionForm
            action={addOtherMemberAction}
            label="Add someone who is not a customer"
            hidden={{ groupId: group.id }}
            submit="Add to the group"
            fields={[
              { kind: "heading", name: "add", label: "Add someone who is not a customer" },
              { kind: "text", name: "name", label: "Full name", autoComplete: "off" },
              {
                kind: "text",
                type: "email",
                name: "email",
                label: "Email address",
                hint: "A new account is emailed a link to choose a password. Staff are found by their staff account.",
              },
              { kind: "radio", name: "kind", label: "Who they are", options: OTHER_KINDS },
              {
                kind: "radio",
                name: "role",
                label: "Role in the group",
                options: optionsFrom(MEMBERSHIP_ROLE_LABEL),
                defaultValue: "MEMBER",
              },
              { kind: "date", name: "startedOn", label: "Date they joined", defaultValue: isoDay(ukToday(new Date())) },
            ]}
          />
          <ActionForm
            action={spaceSettingsAction}
            label="What the group shows"
            hidden={{ groupId: group.id }}
            submit="Save"
            kind="secondary"
            fields={[
              { kind: "heading", name: "settings", label: "What the group shows" },
              {
                kind: "radio",
                name: "membersList",
                label: "Members see",
                options: optionsFrom(MEMBERS_LIST_LABEL),
                defaultValue: settings.membersList,
              },
              {
                kind: "radio",
                name: "minutesPublic",
                label: "Publish approved minutes",
                options: [
                  { value: "yes", label: "Yes, the group's approved minutes are public" },
                  { value: "no", label: "No, minutes stay with members" },
                ],
                defaultValue: settings.minutesPublic ? "yes" : "no",
              },
            ]}
          />
        </div>
      )}
    </>
  );
};

export default GroupMembersPage;
