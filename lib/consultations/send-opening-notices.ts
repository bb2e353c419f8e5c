import { withNoticeEmails } from "@/lib/mail/notice-emails";
import { notifyCustomers } from "./notify-customers";

/**
 * Announces scheduled consultations whose opening time has come. Each is claimed by setting openingNoticeSentAt
 * in the statement that finds it, so two servers (or two runs) never announce one twice, and in the same
 * transaction every email it owes is recorded and queued: a worker that dies after the claim loses none of them.
 * (Runs in the job worker, which has made its queues: ensureQueues here would import the registry, which imports this.)
 */
export const sendDueOpeningNotices = (now = new Date()) =>
  withNoticeEmails(async (tx, boss) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Consultation" SET "openingNoticeSentAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "openingNoticeSentAt" IS NULL AND "opensAt" <= ${now} AND "closesAt" > ${now}
      RETURNING "id"`;
    let emails = 0;
    for (const { id } of due) emails += await notifyCustomers(tx, boss, id, "opened");
    return { consultations: due.length, emails };
  });
