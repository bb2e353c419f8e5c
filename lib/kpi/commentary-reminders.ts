import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { queueNoticeEmails, withNoticeEmails } from "@/lib/mail/notice-emails";
import type { EmailTemplate } from "@/lib/mail/render-email";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { addDays, calendarDate, type Quarter, ukDay } from "@/lib/uk-time";
import { boardQueryString } from "./board-request";
import { OPEN_REQUEST } from "./commentary-open";
import { quarterLabel } from "./rules";

// Apart from the requests (commentary-requests.ts), which read the whole pack: the reminder job the worker runs
// needs only the requests' names and dates.

/** A reminder goes this many days before the commentary is due, if it has not come. */
const REMIND_DAYS_BEFORE = 2;

type Request = { kpiCode: string; officer: { name: string; email: string }; dueOn: Date; quarter: Quarter };

const packLink = (quarter: Quarter) => `${env.APP_URL}/board/pack?${boardQueryString(quarter)}#commentary`;

const requestEmail = (request: Request, reminder: boolean): EmailTemplate => ({
  subject: `${reminder ? "Reminder: " : ""}commentary needed on ${request.kpiCode} for the board`,
  greeting: `Dear ${request.officer.name},`,
  blocks: [
    {
      kind: "paragraph",
      text: `${request.kpiCode} is off target in ${quarterLabel(request.quarter)}. The board asks why, what is being done about it, and when it should be back on target.`,
    },
    { kind: "facts", rows: [["Needed by", formatDate(request.dueOn)]] },
    { kind: "link", label: "Add the commentary to the pack", href: packLink(request.quarter) },
  ],
});

export const emailRequest = (request: Request, reminder: boolean) =>
  sendTemplatedEmail(request.officer.email, requestEmail(request, reminder));

type Reminder = {
  id: string;
  year: number;
  quarter: number;
  kpiCode: string;
  dueOn: Date;
  userId: string;
  name: string;
  email: string;
};

/**
 * Reminds officers of commentary due within two days and not yet written. Each request is claimed in the statement
 * that finds it, so a reminder goes once however many servers run this, and its email is queued in the same
 * transaction (lib/mail/notice-emails.ts); the job queue runs it every minute (lib/jobs/registry.ts).
 */
export const sendCommentaryReminders = async (now = new Date()) => {
  const soon = calendarDate(addDays(ukDay(now), REMIND_DAYS_BEFORE));
  return withNoticeEmails(async (tx, boss) => {
    const due = await tx.$queryRaw<Reminder[]>`
      UPDATE "CommentaryRequest" r SET "remindedAt" = ${now}
      FROM "User" u
      WHERE u."id" = r."officerId" AND r."remindedAt" IS NULL AND r."dueOn" <= ${soon} AND ${OPEN_REQUEST}
      RETURNING r."id", r."year", r."quarter", r."kpiCode", r."dueOn", u."id" AS "userId", u."name", u."email"`;
    for (const row of due) {
      const request = {
        kpiCode: row.kpiCode,
        dueOn: row.dueOn,
        officer: row,
        quarter: { year: row.year, quarter: row.quarter },
      };
      // A request asked again is reminded again: each claim is its own notice.
      await queueNoticeEmails(tx, boss, `kpi-commentary-reminder:${row.id}:${now.toISOString()}`, [
        { userId: row.userId, to: row.email, template: requestEmail(request, true) },
      ]);
    }
    return { reminded: due.length };
  });
};
