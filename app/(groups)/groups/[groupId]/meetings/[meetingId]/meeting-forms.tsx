import { ActionForm } from "@/components/ui/action-form";
import type { MinutesState } from "@/lib/generated/prisma/enums";
import {
  addActionAction,
  approveMinutesAction,
  attendanceAction,
  decisionAction,
  draftMinutesAction,
  publishMinutesAction,
  uploadPaperAction,
} from "../../actions";

type Option = { value: string; label: string };

type Props = {
  groupId: string;
  meetingId: string;
  members: Option[];
  laterMeetings: Option[];
  minutes: { text: string; state: MinutesState } | null;
  canPublish: boolean;
};

const ATTENDANCE = [
  { value: "PRESENT", label: "Present" },
  { value: "APOLOGIES", label: "Sent apologies" },
  { value: "ABSENT", label: "Absent" },
];

/** What the chair, secretary or an officer records for a meeting; approved minutes offer no editing. */
export const MeetingForms = ({ groupId, meetingId, members, laterMeetings, minutes, canPublish }: Props) => {
  const ids = { groupId, meetingId };
  return (
    <section aria-labelledby="record" className="mt-10 max-w-3xl">
      <h2 id="record" className="mb-4 text-2xl font-bold">
        Record the meeting
      </h2>
      <ActionForm
        action={uploadPaperAction}
        label="File a paper"
        hidden={ids}
        submit="File the paper"
        fields={[
          { kind: "heading", name: "paper", label: "File a paper" },
          { kind: "text", name: "title", label: "Paper title" },
          { kind: "file", name: "file", label: "PDF file", hint: "A PDF of 10 MB or less.", accept: "application/pdf" },
        ]}
      />
      {members.length > 0 && (
        <ActionForm
          action={attendanceAction}
          label="Record attendance"
          hidden={ids}
          submit="Record attendance"
          fields={[
            { kind: "heading", name: "attendance", label: "Attendance and apologies" },
            { kind: "radio", name: "membershipId", label: "Member", options: members },
            { kind: "radio", name: "status", label: "They were", options: ATTENDANCE },
          ]}
        />
      )}
      {(!minutes || minutes.state === "DRAFT") && (
        <ActionForm
          action={draftMinutesAction}
          label="Draft minutes"
          hidden={ids}
          submit="Save draft minutes"
          fields={[
            { kind: "heading", name: "minutes", label: "Draft minutes" },
            { kind: "textarea", name: "text", label: "Minutes", rows: 10, defaultValue: minutes?.text },
          ]}
        />
      )}
      {minutes?.state === "DRAFT" && laterMeetings.length > 0 && (
        <ActionForm
          action={approveMinutesAction}
          label="Approve minutes"
          hidden={ids}
          submit="Approve the minutes"
          fields={[
            { kind: "heading", name: "approve", label: "Approve the minutes" },
            {
              kind: "radio",
              name: "approvedAtMeetingId",
              label: "Meeting that approved them",
              hint: "Once approved, the minutes can no longer be changed.",
              options: laterMeetings,
            },
          ]}
        />
      )}
      {minutes?.state === "APPROVED" && canPublish && (
        <ActionForm
          action={publishMinutesAction}
          label="Publish minutes"
          hidden={ids}
          submit="Publish the minutes"
          fields={[{ kind: "heading", name: "publish", label: "Publish the minutes" }]}
          kind="secondary"
        />
      )}
      <ActionForm
        action={decisionAction}
        label="Record a decision"
        hidden={ids}
        submit="Record the decision"
        fields={[
          { kind: "heading", name: "decision", label: "Record a decision" },
          { kind: "textarea", name: "text", label: "Decision" },
        ]}
      />
      <ActionForm
        action={addActionAction}
        label="Add an action"
        hidden={ids}
        submit="Add the action"
        fields={[
          { kind: "heading", name: "action", label: "Add an action" },
          { kind: "text", name: "title", label: "What is to be done" },
          {
            kind: "radio",
            name: "ownerMembershipId",
            label: "Who will do it",
            options: [{ value: "", label: "The group as a whole" }, ...members],
            defaultValue: "",
          },
          { kind: "date", name: "dueOn", label: "Due by" },
        ]}
      />
    </section>
  );
};
