import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
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

/**
 * Each current member of the meeting's group with an email: tenants by the address on their customer record (and
 * only if they agreed to email), others by their account's address. A group meeting is members' business, so
 * this is not a marketing message; the tenant's email consent still decides whether email is the channel.
 */
const recipientsOf = async (groupId: string, now: Date) => {
  const memberships = await db.groupMembership.findMany({
    where: { groupId, OR: [{ endedOn: null }, { endedOn: { gte: ukToday(now) } }] },
    select: {
      customer: {
        select: {
          email: true,
          firstName: true,
          anonymisedAt: true,
          consents: { where: { channel: "EMAIL" }, select: { channel: true } },
        },
      },
      user: { select: { email: true, name: true, disabledAt: true } },
    },
  });
  return memberships.flatMap(({ customer, user }) => {
    if (customer) {
      return customer.email && !customer.anonymisedAt && customer.consents.length > 0
        ? [{ email: customer.email, name: customer.firstName }]
        : [];
    }
    return user && !user.disabledAt ? [{ email: user.email, name: user.name }] : [];
  });
};

/**
 * The recurring job: reminds members of their group's meetings starting within two days. Each meeting is claimed
 * in the statement that finds it (remindedAt), so a reminder goes out once however many servers run this.
 */
export const sendDueMeetingReminders = async (now = new Date()) => {
  const due = await db.$queryRaw<DueMeeting[]>`
    UPDATE "GroupMeeting" SET "remindedAt" = ${now}
    WHERE "remindedAt" IS NULL AND "startsAt" > ${now} AND "startsAt" <= ${new Date(now.getTime() + MEETING_REMIND_BEFORE_MS)}
    RETURNING "id", "groupId", "title", "startsAt", "place", "onlineLink"`;
  let sent = 0;
  for (const meeting of due) {
    for (const member of await recipientsOf(meeting.groupId, now)) {
      await sendTemplatedEmail(member.email, {
        subject: `Reminder: ${meeting.title}`,
        greeting: `Dear ${member.name},`,
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
      sent += 1;
    }
  }
  return { meetings: due.length, sent };
};
