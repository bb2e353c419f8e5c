import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { queueNoticeEmails, withNoticeEmails } from "@/lib/mail/notice-emails";
import type { EmailTemplate } from "@/lib/mail/render-email";
import { ukToday } from "@/lib/uk-time";

type DueMeeting = {
  id: string;
  groupId: string;
  title: string;
  startsAt: Date;
  place: string | null;
  onlineLink: string | null;
};

/** Members are reminded of a group meeting this long before it starts. */
export const MEETING_REMIND_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

type Member = { customerId?: string; userId?: string; email: string; name: string };

/**
 * Each current member of the meeting's group with an email: tenants by the address on their customer record (and
 * only if they agreed to email), others by their account's address. A group meeting is members' business, so
 * this is not a marketing message; the tenant's email consent still decides whether email is the channel.
 */
const recipientsOf = async (tx: Tx, groupId: string, now: Date): Promise<Member[]> => {
  const memberships = await tx.groupMembership.findMany({
    where: { groupId, OR: [{ endedOn: null }, { endedOn: { gte: ukToday(now) } }] },
    select: {
      customer: {
        select: {
          id: true,
          email: true,
          firstName: true,
          anonymisedAt: true,
          consents: { where: { channel: "EMAIL" }, select: { channel: true } },
        },
      },
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
    },
  });
  return memberships.flatMap(({ customer, user }): Member[] => {
    if (customer) {
      return customer.email && !customer.anonymisedAt && customer.consents.length > 0
        ? [{ customerId: customer.id, email: customer.email, name: customer.firstName }]
        : [];
    }
    return user && !user.disabledAt ? [{ userId: user.id, email: user.email, name: user.name }] : [];
  });
};

const reminder = (meeting: DueMeeting, name: string): EmailTemplate => ({
  subject: `Reminder: ${meeting.title}`,
  greeting: `Dear ${name},`,
  blocks: [
    { kind: "paragraph", text: `This is a reminder of your group's meeting, ${meeting.title}.` },
    {
      kind: "facts",
      rows: [
        ["When", formatDateTime(meeting.startsAt)],
        ...(meeting.place ? [["Where", meeting.place] as [string, string]] : []),
        ...(meeting.onlineLink ? [["Join online at", meeting.onlineLink] as [string, string]] : []),
      ],
    },
    {
      kind: "link",
      label: "See the agenda and papers",
      href: `${env.APP_URL}/groups/${meeting.groupId}/meetings/${meeting.id}`,
    },
  ],
});

/**
 * The recurring job: reminds members of their group's meetings starting within two days. Each meeting is claimed
 * in the statement that finds it (remindedAt), so a reminder goes out once however many servers run this, and each
 * member's email is queued in the same transaction (lib/mail/notice-emails.ts), so none is lost if the worker stops.
 */
export const sendDueMeetingReminders = (now = new Date()) =>
  withNoticeEmails(async (tx, boss) => {
    const due = await tx.$queryRaw<DueMeeting[]>`
      UPDATE "GroupMeeting" SET "remindedAt" = ${now}
      WHERE "remindedAt" IS NULL AND "startsAt" > ${now}
        AND "startsAt" <= ${new Date(now.getTime() + MEETING_REMIND_BEFORE_MS)}
      RETURNING "id", "groupId", "title", "startsAt", "place", "onlineLink"`;
    let sent = 0;
    for (const meeting of due) {
      const members = await recipientsOf(tx, meeting.groupId, now);
      sent += await queueNoticeEmails(
        tx,
        boss,
        `meeting-reminder:${meeting.id}`,
        members.map(({ email, name, ...person }) => ({ ...person, to: email, template: reminder(meeting, name) })),
      );
    }
    return { meetings: due.length, sent };
  });
