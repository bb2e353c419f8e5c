import type { Tx } from "../lib/db";
import { addDays, calendarDate, ukDay } from "../lib/uk-time";

const EVERYONE = { everyone: true, areaIds: [], kinds: [], groupIds: [], supportNeeds: [], equalityAnswers: [] };

/**
 * A newsletter sent a fortnight ago (in the archive, with deliveries and readers' answers), and next season's
 * draft with the Interested Tenants Panel reading it: the demo tenant (a member) has commented on it.
 */
export const seedNewsletters = async (tx: Tx, now = new Date()) => {
  const sentAt = new Date(now.getTime() - 14 * 24 * 60 * 60 * 1000);
  await tx.communication.create({
    data: {
      id: "newsletter-demo-sent",
      title: "Spring newsletter",
      summary: "New benches in the parks, a repairs week in Riverside, and how to join the tenants' panel.",
      sections: [
        {
          heading: "New benches",
          text: "Twelve new benches are in the parks by Millbrook and Eastgate, chosen by tenants at the spring fair.",
        },
        {
          heading: "Repairs week in Riverside",
          text: "Our repairs team will be in Riverside all week from 4 May. Tell us what needs fixing before then.",
        },
      ],
      textMessage: "Our spring newsletter is out: new benches, a Riverside repairs week and the tenants' panel.",
      audience: EVERYONE,
      status: "SENT",
      createdById: null,
      sentAt,
      usefulYes: 23,
      usefulNo: 4,
    },
  });
  const readers = await tx.customer.findMany({
    where: { status: "ACTIVE", homeId: { not: null } },
    select: { id: true, email: true, home: { select: { addressLine1: true, town: true, postcode: true } } },
    orderBy: { reference: "asc" },
    take: 40,
  });
  await tx.delivery.createMany({
    data: readers.map((reader, n) => ({
      communicationId: "newsletter-demo-sent",
      customerId: reader.id,
      channel: reader.email ? ("EMAIL" as const) : ("LETTER" as const),
      address: reader.email ?? [reader.home?.addressLine1, reader.home?.town, reader.home?.postcode].join("\n"),
      status: n % 13 === 5 ? ("FAILED" as const) : reader.email ? ("DELIVERED" as const) : ("SENT" as const),
      reason: n % 13 === 5 ? "The mailbox is full" : null,
      attempts: 1,
      queuedAt: sentAt,
      sentAt,
      deliveredAt: reader.email && n % 13 !== 5 ? sentAt : null,
      failedAt: n % 13 === 5 ? sentAt : null,
    })),
  });

  const officer = await tx.user.findUniqueOrThrow({ where: { email: "officer@involve.test" }, select: { id: true } });
  const tenant = await tx.user.findUniqueOrThrow({ where: { email: "tenant@involve.test" }, select: { id: true } });
  await tx.communication.create({
    data: {
      id: "newsletter-demo-draft",
      title: "Summer newsletter (draft)",
      summary: "The summer fun day, changes to bin collections, and what you told us about repairs.",
      sections: [
        { heading: "Summer fun day", text: "Join us at Northfield Park on Saturday 8 August from noon." },
        { heading: "Bin collections", text: "From July, recycling is collected every other Tuesday." },
      ],
      textMessage: "Our summer newsletter is out: the fun day, bin collections and repairs.",
      audience: EVERYONE,
      status: "DRAFT",
      createdById: officer.id,
    },
  });
  await tx.draftReview.create({
    data: {
      id: "review-demo-draft",
      subjectKind: "NEWSLETTER",
      subjectId: "newsletter-demo-draft",
      groupId: "group-panel",
      closesOn: calendarDate(addDays(ukDay(now), 14)),
      askedById: officer.id,
      comments: {
        create: [
          {
            authorId: tenant.id,
            section: "Bin collections",
            text: "Please say which Tuesday it starts, and what happens on bank holidays.",
          },
          { authorId: tenant.id, text: "Easy to read. Could the fun day be at the top, with the time in bold?" },
        ],
      },
    },
  });
};
