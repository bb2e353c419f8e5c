import { db } from "@/lib/db";
import { createCustomer } from "./people";
import type { EventKind, Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

const HOUR = 3_600_000;

/** An in-person event starting `startsInHours` after `now`, open for registration until it starts. */
export const createEvent = (
  overrides: Partial<Prisma.EventUncheckedCreateInput> & { now?: Date; startsInHours?: number; kind?: EventKind } = {},
) => {
  sequence += 1;
  const { now = new Date(), startsInHours = 24 * 7, ...data } = overrides;
  const startsAt = new Date(now.getTime() + startsInHours * HOUR);
  return db.event.create({
    data: {
      title: `Event ${sequence}`,
      kind: "COMMUNITY_EVENT",
      format: "IN_PERSON",
      venue: "Community hall",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      ...data,
    },
  });
};

export const NO_NEEDS = { needsTransport: false, needsHearingLoop: false };

/** Several customers, made one after another: the people factory's shared area cannot be created concurrently. */
export const createCustomers = async (count: number) => {
  const customers = [];
  for (let i = 0; i < count; i += 1) customers.push(await createCustomer());
  return customers;
};
