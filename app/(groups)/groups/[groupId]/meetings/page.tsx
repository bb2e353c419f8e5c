import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { count, formatDateTime } from "@/lib/format";
import { listMeetings } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { canRunMeetings, MINUTES_STATE_LABEL } from "@/lib/groups/space-rules";
import { scheduleMeetingAction } from "../actions";

export const metadata: Metadata = { title: "Group meetings" };

type Props = { params: Promise<{ groupId: string }> };

const MeetingsPage = async ({ params }: Props) => {
  const access = await requireGroupSpace((await params).groupId);
  const meetings = await listMeetings(access.group.id);
  return (
    <>
      <PageHeading>Meetings</PageHeading>
      {meetings.length === 0 ? (
        <p className="mb-6">No meetings yet.</p>
      ) : (
        <div className="mb-8">
          <DataTable
            caption={`Meetings of ${access.group.name}`}
            rows={meetings}
            rowKey={(m) => m.id}
            columns={[
              {
                header: "Meeting",
                cell: (m) => <Link href={`/groups/${access.group.id}/meetings/${m.id}`}>{m.title}</Link>,
              },
              { header: "When", cell: (m) => formatDateTime(m.startsAt) },
              { header: "Where", cell: (m) => m.place ?? "Online" },
              { header: "Papers", cell: (m) => count(m._count.papers, "paper") },
              {
                header: "Minutes",
                cell: (m) => (m.minutes ? MINUTES_STATE_LABEL[m.minutes.state] : "Not yet written"),
              },
            ]}
          />
        </div>
      )}
      {canRunMeetings(access) && (
        <ActionForm
          action={scheduleMeetingAction}
          label="Schedule a meeting"
          hidden={{ groupId: access.group.id }}
          submit="Schedule the meeting"
          fields={[
            { kind: "heading", name: "schedule", label: "Schedule a meeting" },
            { kind: "text", name: "title", label: "What the meeting is", hint: "For example, Quarterly meeting." },
            { kind: "text", type: "datetime-local", name: "startsAt", label: "When it starts" },
            { kind: "text", name: "minutes", label: "How long it lasts, in minutes", defaultValue: "90" },
            { kind: "text", name: "place", label: "Place", hint: "Leave empty for a meeting held online only." },
            { kind: "text", type: "url", name: "onlineLink", label: "Online link", hint: "A link starting https://." },
            { kind: "textarea", name: "agenda", label: "Agenda", hint: "One item a line." },
          ]}
        />
      )}
    </>
  );
};

export default MeetingsPage;
