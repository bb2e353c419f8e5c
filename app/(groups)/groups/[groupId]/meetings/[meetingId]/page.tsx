import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMeeting, listCurrentMembers, listGroupActions, listMeetings } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { canRunMeetings, memberName, MINUTES_STATE_LABEL } from "@/lib/groups/space-rules";
import { ActionLog } from "../../action-log";
import { PaperList } from "../../paper-list";
import { MeetingForms } from "./meeting-forms";

export const metadata: Metadata = { title: "Group meeting" };

type Props = { params: Promise<{ groupId: string; meetingId: string }> };

const ATTENDANCE_LABEL = { PRESENT: "Present", APOLOGIES: "Apologies", ABSENT: "Absent" } as const;

const MeetingPage = async ({ params }: Props) => {
  const { groupId, meetingId } = await params;
  const access = await requireGroupSpace(groupId);
  const meeting = await getMeeting(access.group.id, meetingId);
  if (!meeting) notFound();
  const runs = canRunMeetings(access);
  const [members, actions, meetings] = await Promise.all([
    listCurrentMembers(access.group.id),
    listGroupActions(access.group.id, meeting.id),
    runs ? listMeetings(access.group.id) : [],
  ]);
  const minutes = meeting.minutes;
  return (
    <>
      <PageHeading>{meeting.title}</PageHeading>
      <SummaryList
        rows={[
          { term: "When", value: formatDateTime(meeting.startsAt) },
          { term: "Where", value: meeting.place ?? "Online" },
          ...(meeting.onlineLink
            ? [{ term: "Online link", value: <a href={meeting.onlineLink}>{meeting.onlineLink}</a> }]
            : []),
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">Agenda</h2>
      {meeting.agendaItems.length === 0 ? (
        <p className="mb-6">No agenda yet.</p>
      ) : (
        <ol className="mb-6 list-decimal pl-6">
          {meeting.agendaItems.map((item) => (
            <li key={item.position}>{item.title}</li>
          ))}
        </ol>
      )}
      <h2 className="mb-2 text-2xl font-bold">Papers</h2>
      <PaperList papers={meeting.papers} canPublish={runs} />
      <h2 className="mb-2 text-2xl font-bold">Attendance and apologies</h2>
      {meeting.attendance.length === 0 ? (
        <p className="mb-6">Not recorded yet.</p>
      ) : (
        <ul className="mb-6">
          {meeting.attendance.map((a) => (
            <li key={a.membership.id}>
              {memberName(a.membership)}: {ATTENDANCE_LABEL[a.status]}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 text-2xl font-bold">Minutes</h2>
      {minutes ? (
        <>
          <p className="mb-2 font-bold">
            {MINUTES_STATE_LABEL[minutes.state]}
            {minutes.approvedAtMeeting &&
              `: approved at ${minutes.approvedAtMeeting.title} on ${formatDate(minutes.approvedAtMeeting.startsAt)}`}
          </p>
          <div className="mb-6 max-w-3xl whitespace-pre-line border-l-4 border-gray-400 pl-4">{minutes.text}</div>
        </>
      ) : (
        <p className="mb-6">Not written yet.</p>
      )}
      <h2 className="mb-2 text-2xl font-bold">Decisions</h2>
      {meeting.decisions.length === 0 ? (
        <p className="mb-6">None recorded.</p>
      ) : (
        <ul className="mb-6 list-disc pl-6">
          {meeting.decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 text-2xl font-bold">Actions</h2>
      <ActionLog actions={actions} access={access} />
      {runs && (
        <MeetingForms
          groupId={access.group.id}
          meetingId={meeting.id}
          members={members.map((m) => ({ value: m.id, label: memberName(m) }))}
          laterMeetings={meetings
            .filter((m) => m.startsAt > meeting.startsAt)
            .map((m) => ({ value: m.id, label: `${m.title}, ${formatDate(m.startsAt)}` }))}
          minutes={minutes ? { text: minutes.text, state: minutes.state } : null}
          canPublish={access.canModerate}
        />
      )}
    </>
  );
};

export default MeetingPage;
