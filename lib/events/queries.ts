import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, paginate } from "@/lib/paging";
import { listAreas } from "@/lib/people/areas";
import { needsFromRecord } from "./needs-from-record";
import type { EventFilters } from "./schemas";

const registeredCount = { _count: { select: { registrations: { where: { status: "REGISTERED" as const } } } } };

/** What a list shows of each event, before its places taken are counted (withPlacesTaken). */
const listSelect = {
  id: true,
  title: true,
  kind: true,
  format: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  partners: true,
  area: { select: { name: true } },
} satisfies Prisma.EventSelect;

const calendarSelect = { ...listSelect, ...registeredCount } satisfies Prisma.EventSelect;

const countByEvent = (groups: { eventId: string; _count: { _all: number } }[]) =>
  new Map(groups.map((group) => [group.eventId, group._count._all]));

/**
 * Places taken (registrations still standing) and, for staff, attendances, for one page of events. Prisma's `_count`
 * in a list counts the registrations of every event there is (a GROUP BY over the whole table) before the page is
 * picked; these count the page's only, from the indexes on eventId.
 */
const withPlacesTaken = async <Row extends { id: string }>(rows: Row[]) => {
  const groups = rows.length
    ? await db.eventRegistration.groupBy({
        by: ["eventId"],
        where: { eventId: { in: rows.map((row) => row.id) }, status: "REGISTERED" },
        _count: { _all: true },
      })
    : [];
  const taken = countByEvent(groups);
  return rows.map((row) => ({ ...row, _count: { registrations: taken.get(row.id) ?? 0 } }));
};

const withAttendances = async <Row extends { id: string; _count: { registrations: number } }>(rows: Row[]) => {
  const groups = rows.length
    ? await db.eventAttendance.groupBy({
        by: ["eventId"],
        where: { eventId: { in: rows.map((row) => row.id) } },
        _count: { _all: true },
      })
    : [];
  const attended = countByEvent(groups);
  return rows.map((row) => ({ ...row, _count: { ...row._count, attendances: attended.get(row.id) ?? 0 } }));
};

/** The rest of what an event's own page shows, to tenants and staff alike. */
const detailSelect = {
  ...calendarSelect,
  description: true,
  accessibilityNotes: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  group: { select: { name: true } },
  course: { select: { title: true } },
} satisfies Prisma.EventSelect;

const upcomingWhere = (filters: EventFilters, now: Date): Prisma.EventWhereInput => ({
  endsAt: { gte: now },
  ...(filters.area && { areaId: filters.area }),
  ...(filters.kind && { kind: filters.kind }),
});

// The id breaks ties between events starting at the same time, so none is shown twice or skipped between pages.
const soonestFirst = [{ startsAt: "asc" }, { id: "asc" }] satisfies Prisma.EventOrderByWithRelationInput[];

/** One page of the events that have not yet ended, soonest first, for the public calendar. */
export const listUpcomingEvents = (filters: EventFilters, now: Date, page: number) => {
  const where = upcomingWhere(filters, now);
  return paginate(
    page,
    PAGE_SIZE,
    () => db.event.count({ where }),
    (window) =>
      db.event.findMany({ where, orderBy: soonestFirst, ...window, select: listSelect }).then(withPlacesTaken),
  );
};

/**
 * The next few events, for the tenant's home and a newsletter's card: what, when and where, in one statement. Neither
 * shows places taken, so they are not counted (that was a second statement on every tenant's home page).
 */
export const listNextEvents = (now: Date, shown: number) =>
  db.event.findMany({
    where: upcomingWhere({}, now),
    orderBy: soonestFirst,
    take: shown,
    select: { id: true, title: true, startsAt: true, venue: true },
  });

/** What the public page of one event shows. */
export const getPublicEvent = (id: string) =>
  db.event.findUnique({
    where: { id },
    select: detailSelect,
  });

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** The events for the iCalendar feed: from a month ago onwards, so recent ones stay in people's calendars. */
export const listCalendarFeed = (now: Date) =>
  db.event.findMany({
    where: { endsAt: { gte: new Date(now.getTime() - 31 * 86_400_000) } },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: { id: true, title: true, description: true, venue: true, startsAt: true, endsAt: true, updatedAt: true },
  });

/** The tenant's own registration for an event, if any, with the joining link only a place entitles them to. */
export const getOwnRegistration = (eventId: string, customerId: string) =>
  db.eventRegistration.findUnique({
    where: { eventId_customerId: { eventId, customerId } },
    select: { id: true, status: true, event: { select: { joiningLink: true } } },
  });

/** Support answers to prefill a tenant's registration form. */
export const getNeedsFromRecord = (customerId: string) => needsFromRecord(db, customerId);

/** The tenant's registrations for events that have not ended. */
export const listOwnRegistrations = (customerId: string, now: Date) =>
  db.eventRegistration.findMany({
    where: { customerId, event: { endsAt: { gte: now } } },
    orderBy: { event: { startsAt: "asc" } },
    select: { id: true, status: true, event: { select: { id: true, title: true, startsAt: true } } },
  });

/** One page of every event, past and future, latest first, for officers. */
export const listStaffEvents = (page: number) =>
  paginate(
    page,
    PAGE_SIZE,
    () => db.event.count(),
    (window) =>
      db.event
        .findMany({ orderBy: [{ startsAt: "desc" }, { id: "asc" }], ...window, select: listSelect })
        .then(withPlacesTaken)
        .then(withAttendances),
  );

/** Everything an officer needs to run an event, from registration to the door. */
export const getStaffEvent = (id: string) =>
  db.event.findUnique({
    where: { id },
    select: {
      ...detailSelect,
      unnamedAttendees: true,
      remindersSentAt: true,
      joiningLink: true,
      areaId: true,
      groupId: true,
      courseId: true,
      registrations: {
        orderBy: [{ status: "asc" }, { registeredAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          needsTransport: true,
          needsHearingLoop: true,
          interpreterLanguage: true,
          dietaryNeeds: true,
          customer: { select: { id: true, reference: true, firstName: true, lastName: true } },
        },
      },
      attendances: {
        orderBy: { recordedAt: "asc" },
        select: { walkIn: true, customer: { select: { id: true, reference: true, firstName: true, lastName: true } } },
      },
      staff: { select: { userId: true } },
      completions: { select: { customerId: true, userId: true } },
    },
  });

export type StaffEvent = NonNullable<Awaited<ReturnType<typeof getStaffEvent>>>;

export const getEventFormOptions = async () => {
  const [areas, groups, courses] = await Promise.all([
    listAreas(),
    db.group.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.trainingCourse.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  const option = ({ id, name }: { id: string; name: string }) => ({ value: id, label: name });
  return {
    areas: areas.map(option),
    groups: groups.map(option),
    courses: courses.map(({ id, title }) => ({ value: id, label: title })),
  };
};

export type EventFormOptions = Awaited<ReturnType<typeof getEventFormOptions>>;

/** Staff who can be recorded as present at an event. */
export const listActiveStaff = () =>
  db.user.findMany({
    where: { role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

/** Courses with how many sessions they have had and how many tenants and staff completed them. */
export const listCourses = async () => {
  const [courses, completions] = await Promise.all([
    db.trainingCourse.findMany({
      orderBy: { title: "asc" },
      select: { id: true, title: true, description: true, _count: { select: { sessions: true } } },
    }),
    db.trainingCompletion.groupBy({
      by: ["courseId"],
      _count: { customerId: true, userId: true },
    }),
  ]);
  const counts = new Map(completions.map((c) => [c.courseId, c._count]));
  return courses.map((course) => ({
    ...course,
    tenantCompletions: counts.get(course.id)?.customerId ?? 0,
    staffCompletions: counts.get(course.id)?.userId ?? 0,
  }));
};

/** Events people can still book, soonest first: what an invitation can be for. */
export const listEventsOpenToBook = (now: Date, shown = 30) =>
  db.event.findMany({
    where: {
      startsAt: { gt: now },
      OR: [{ registrationClosesAt: null }, { registrationClosesAt: { gt: now } }],
    },
    orderBy: soonestFirst,
    take: shown,
    select: { id: true, title: true, startsAt: true },
  });
