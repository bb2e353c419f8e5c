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
      takesNewMembers: true,
      timeAsked: true,
      meetingsAsked: true,
      skillsAsked: true,
      rtoRegisteredOn: true,
      rtoAreaCovered: true,
      constitutionReceivedOn: true,
      annualReturnReceivedOn: true,
      nextReviewOn: true,
      rtoStatus: true,
      deregistrationReason: true,
      memberships: {
        // Anonymised customers' memberships still count in figures, but they are not named.
        where: { OR: [{ customerId: null }, { customer: { anonymisedAt: null } }] },
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { role: "asc" }, { startedOn: "asc" }],
        select: {
          id: true,
          role: true,
          startedOn: true,
          endedOn: true,
          kind: true,
          customer: { select: { id: true, reference: true, firstName: true, lastName: true } },
          user: { select: { name: true } },
        },
      },
    },
  });

export type GroupPage = NonNullable<Awaited<ReturnType<typeof getGroup>>>;

const ASKS = {
  id: true,
  name: true,
  type: true,
  description: true,
  timeAsked: true,
  meetingsAsked: true,
  skillsAsked: true,
} as const;

/** Every group and panel open to new members, with what it asks of people: the "Ways to get involved" page. */
export const listWaysToGetInvolved = () =>
  db.group.findMany({ where: { takesNewMembers: true }, orderBy: [{ type: "asc" }, { name: "asc" }], select: ASKS });

export const getGroupToJoin = (id: string) =>
  db.group.findFirst({ where: { id, takesNewMembers: true }, select: ASKS });

/** A tenant's own requests and their outcomes; the customer id comes from the session. */
export const listMyJoinRequests = (customerId: string) =>
  db.joinRequest.findMany({
    where: { customerId },
    orderBy: { requestedAt: "desc" },
    select: {
      id: true,
      status: true,
      requestedAt: true,
      decidedAt: true,
      declineReason: true,
      group: { select: { id: true, name: true } },
    },
  });

const REQUEST_SELECT = {
  id: true,
  message: true,
  status: true,
  requestedAt: true,
  decidedAt: true,
  declineReason: true,
  group: { select: { id: true, name: true, type: true } },
  customer: { select: { id: true, reference: true, firstName: true, lastName: true } },
} as const;

/** The officers' queue: pending requests, oldest first. */
export const listPendingJoinRequests = () =>
  db.joinRequest.findMany({ where: { status: "PENDING" }, orderBy: { requestedAt: "asc" }, select: REQUEST_SELECT });

/** Requests waiting for an answer: all of them, or one group's. */
export const countPendingJoinRequests = (groupId?: string) =>
  db.joinRequest.count({ where: { status: "PENDING", groupId } });

export const getJoinRequest = (id: string) => db.joinRequest.findUnique({ where: { id }, select: REQUEST_SELECT });
