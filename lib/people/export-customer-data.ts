import { csvDate, csvDateTime, toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { ARC_MEASURES, TSM_MEASURES } from "@/lib/measures/perception";
import { answerColumn } from "@/lib/surveys/stored-answers";

const PERCEPTION_ANSWER_COLUMNS = Object.fromEntries(
  [...TSM_MEASURES, ...ARC_MEASURES].map(({ code }) => [answerColumn(code), true]),
) as Record<ReturnType<typeof answerColumn>, true>;

/** Everything held about one customer, for their own download (subject access). */
export const exportCustomerData = async (customerId: string) => {
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: {
      reference: true,
      kind: true,
      status: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      preferredChannel: true,
      createdAt: true,
      home: {
        select: {
          addressLine1: true,
          addressLine2: true,
          town: true,
          postcode: true,
          area: { select: { name: true } },
        },
      },
      consents: { select: { channel: true, consentedAt: true } },
      supportNeeds: { select: { kind: true, language: true, interpreterNeeded: true } },
      equalityAnswers: { select: { answer: true, answeredAt: true, question: { select: { label: true } } } },
      memberships: { select: { role: true, startedOn: true, endedOn: true, group: { select: { name: true } } } },
      deletionRequests: { select: { requestedAt: true, actionedAt: true } },
      user: { select: { email: true, createdAt: true } },
      eventRegistrations: {
        select: {
          event: { select: { title: true, startsAt: true } },
          status: true,
          registeredAt: true,
          needsTransport: true,
          needsHearingLoop: true,
          interpreterLanguage: true,
          dietaryNeeds: true,
        },
      },
      eventAttendances: { select: { event: { select: { title: true, startsAt: true } }, walkIn: true } },
      trainingCompletions: { select: { course: { select: { title: true } }, completedAt: true } },
      householdMembers: {
        select: { firstName: true, ageBand: true, relationship: true, email: true, contactConsentAt: true },
      },
      householdChildren: { select: { ageBand: true, count: true } },
      trainingRequests: {
        select: { course: { select: { title: true } }, ownWords: true, createdAt: true, invitedAt: true },
      },
      // That they said how an activity went: the answers themselves are anonymous and are nobody's to export.
      evaluationReceipts: { select: { event: { select: { title: true } }, consultation: { select: { title: true } } } },
      consultationResponses: {
        select: {
          consultation: { select: { title: true } },
          channel: true,
          submittedAt: true,
          answers: { select: { question: { select: { label: true } }, option: true, number: true, text: true } },
        },
      },
      perceptionResponses: {
        select: {
          round: { select: { year: true, regime: true } },
          method: true,
          submittedAt: true,
          hadRepair: true,
          complained: true,
          hasCommunalAreas: true,
          ...PERCEPTION_ANSWER_COLUMNS,
        },
      },
    },
  });
  return customer;
};

export type CustomerDataExport = Awaited<ReturnType<typeof exportCustomerData>>;

// Membership dates are calendar days (UTC midnight); every other date is an instant shown in UK time.
const CALENDAR_DAYS = /\.(startedOn|endedOn)$/;

const flatten = (value: unknown, path: string, rows: [string, string][]) => {
  if (value === null || value === undefined) rows.push([path, ""]);
  else if (value instanceof Date) rows.push([path, CALENDAR_DAYS.test(path) ? csvDate(value) : csvDateTime(value)]);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${path}[${i + 1}]`, rows));
  else if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key, rows);
  } else rows.push([path, String(value)]);
  return rows;
};

/** The same data as two columns, item and value, for people who open it in a spreadsheet. */
export const customerDataCsv = (data: CustomerDataExport) => toCsv([["item", "value"], ...flatten(data, "", [])]);
