import "server-only";
import { db } from "@/lib/db";
import { ukToday } from "@/lib/uk-time";

/** Every group with its count of current members, counted in the database. */
export const listGroups = async (now = new Date()) => {
  const today = ukToday(now);
  return db.group.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      type: true,
      rtoStatus: true,
      _count: { select: { memberships: { where: { OR: [{ endedOn: null }, { endedOn: { gte: today } }] } } } },
    },
  });
};

export const getGroup = (id: string) =>
  db.group.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      type: true,
      description: true,
      rtoRegisteredOn: true,
      rtoAreaCovered: true,
      constitutionReceivedOn: true,
      annualReturnReceivedOn: true,
      nextReviewOn: true,
      rtoStatus: true,
      deregistrationReason: true,
      memberships: {
        // Anonymised customers' memberships still count in figures, but they are not named.
        where: { customer: { anonymisedAt: null } },
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { role: "asc" }, { startedOn: "asc" }],
        select: {
          id: true,
          role: true,
          startedOn: true,
          endedOn: true,
          customer: { select: { id: true, reference: true, firstName: true, lastName: true } },
        },
      },
    },
  });

export type GroupPage = NonNullable<Awaited<ReturnType<typeof getGroup>>>;
