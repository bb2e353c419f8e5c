import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { addDays, calendarDate, type Quarter, ukDay } from "@/lib/uk-time";
import { boardQueryString } from "./board-request";
import { quarterLabel } from "./rules";

// Apart from the requests (commentary-requests.ts), which read the whole pack: the reminder job the worker runs
// needs only the requests' names and dates.

/** A reminder goes this many days before the commentary is due, if it has not come. */
const REMIND_DAYS_BEFORE = 2;

type Request = { kpiCode: string; officer: { name: string; email: string }; dueOn: Date; quarter: Quarter };

const packLink = (quarter: Quarter) => `${env.APP_URL}/board/pack?${boardQueryString(quarter)}#commentary`;

export const emailRequest = (request: Request, reminder: boolean) =>
  sendTemplatedEmail(request.officer.email, {
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

type Reminder = { year: number; quarter: number; kpiCode: string; dueOn: Date; name: string; email: string };

/**
 * Reminds officers of commentary due within two days and not yet written. Each request is claimed in the statement
 * that finds it, so a reminder goes once however many servers run this; the job queue runs it every minute (lib/jobs/registry.ts).
 */
export const sendCommentaryReminders = async (now = new Date()) => {
  const soon = calendarDate(addDays(ukDay(now), REMIND_DAYS_BEFORE));
  const due = await db.$queryRaw<Reminder[]>`
    UPDATE "CommentaryRequest" r SET "remindedAt" = ${now}
    FROM "User" u
    WHERE u."id" = r."officerId" AND r."remindedAt" IS NULL AND r."dueOn" <= ${soon}
      AND NOT EXISTS (
        SELECT 1 FROM "PerformancePack" p JOIN "PackCommentary" c ON c."packId" = p."id"
        WHERE p."year" = r."year" AND p."quarter" = r."quarter" AND c."kpiCode" = r."kpiCode")
      AND NOT EXISTS (
        SELECT 1 FROM "PerformancePack" p
        WHERE p."year" = r."year" AND p."quarter" = r."quarter" AND p."presentedAt" IS NOT NULL)
    RETURNING r."id", r."year", r."quarter", r."kpiCode", r."dueOn", u."name", u."email"`;
  for (const row of due)
    await emailRequest(
      { kpiCode: row.kpiCode, dueOn: row.dueOn, officer: row, quarter: { year: row.year, quarter: row.quarter } },
      true,
    );
  return { reminded: due.length };
};
