import { z } from "zod";
import { ukDateTime } from "@/lib/events/schemas";
import { optionalText, requiredDate } from "@/lib/forms";
import { AttendanceStatus, GroupActionStatus, MembersListShown, MembershipRole } from "@/lib/generated/prisma/enums";

const id = z.string().trim().min(1).max(50);
const text = (max: number, missing: string) =>
  z.string(missing).trim().min(1, missing).max(max, `This must be ${max} characters or fewer`);

/** Someone who is not a customer, added by an officer: a councillor, staff or an independent member. */
export const ZAddOtherMember = z.object({
  groupId: id,
  name: text(120, "Enter their full name"),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address, like name@example.com")),
  kind: z.enum(["COUNCILLOR", "STAFF", "INDEPENDENT"], "Choose who they are"),
  role: z.enum(MembershipRole, "Choose their role in the group"),
  startedOn: requiredDate("Enter the date they joined"),
});

export const ZSpaceSettings = z.object({
  groupId: id,
  membersList: z.enum(MembersListShown, "Choose how the members list shows"),
  minutesPublic: z.enum(["yes", "no"], "Choose whether approved minutes are published").transform((v) => v === "yes"),
});

export const ZScheduleMeeting = z
  .object({
    groupId: id,
    title: text(120, "Enter what the meeting is"),
    startsAt: ukDateTime("Enter when the meeting starts"),
    minutes: z.coerce
      .number("Enter how long the meeting lasts in minutes")
      .int("Enter a whole number of minutes")
      .min(15, "A meeting lasts at least 15 minutes")
      .max(480, "A meeting lasts at most 8 hours (480 minutes)"),
    place: optionalText(200, "The place must be 200 characters or fewer"),
    onlineLink: z
      .string()
      .trim()
      .max(500, "The link must be 500 characters or fewer")
      .transform((v) => v || undefined)
      .pipe(z.url({ protocol: /^https$/, message: "Enter a link starting https://" }).optional()),
    agenda: optionalText(2000, "The agenda must be 2,000 characters or fewer"),
  })
  .refine((m) => m.place || m.onlineLink, { path: ["place"], message: "Enter a place or an online link" });

export const ZMeetingRef = z.object({ groupId: id, meetingId: id });

export const ZAttendance = ZMeetingRef.extend({
  membershipId: id,
  status: z.enum(AttendanceStatus, "Choose present, apologies or absent"),
});

export const ZDraftMinutes = ZMeetingRef.extend({ text: text(20_000, "Enter the minutes") });

export const ZApproveMinutes = ZMeetingRef.extend({ approvedAtMeetingId: id.describe("meeting") });

export const ZDecision = ZMeetingRef.extend({ text: text(1000, "Enter the decision") });

export const ZAddAction = ZMeetingRef.extend({
  title: text(300, "Enter what is to be done"),
  ownerMembershipId: optionalText(50, "Choose who will do it"),
  dueOn: requiredDate("Enter the date it is due"),
});

export const ZCloseAction = z.object({
  groupId: id,
  actionId: id,
  status: z.enum(GroupActionStatus, "Choose the action's status").exclude(["OPEN"]),
});

export const ZPaperRef = z.object({ groupId: id, paperId: id });

export const ZUploadPaper = z.object({
  groupId: id,
  meetingId: optionalText(50, "Choose a meeting"),
  title: text(160, "Enter the paper's title"),
  file: z.instanceof(File, { message: "Select a PDF file" }),
});

export const ZStartThread = z.object({
  groupId: id,
  title: text(160, "Enter a title for the discussion"),
  body: text(5000, "Enter your message"),
});

export const ZReply = z.object({ groupId: id, threadId: id, body: text(5000, "Enter your reply") });
