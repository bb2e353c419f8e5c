import { db } from "@/lib/db";
import { notifyCustomers } from "./notify-customers";

/**
 * Announces scheduled consultations whose opening time has come. Each is claimed by setting openingNoticeSentAt
 * in the same statement that finds it, so two servers (or two runs) never announce one twice.
 */
export const sendDueOpeningNotices = async (now = new Date()) => {
  const due = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Consultation" SET "openingNoticeSentAt" = ${now}
    WHERE "status" = 'SCHEDULED' AND "openingNoticeSentAt" IS NULL AND "opensAt" <= ${now} AND "closesAt" > ${now}
    RETURNING "id"`;
  let emails = 0;
  for (const { id } of due) emails += await notifyCustomers(id, "opened");
  return { consultations: due.length, emails };
};
