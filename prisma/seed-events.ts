// Demo events for the fictional landlord: fixed dates, so the same seed always gives the same rows. Events in
// 2026 have happened (with registrations and attendance); those in 2027 are still to come.
import type { Tx } from "../lib/db";
import type { EventFormat, EventKind } from "../lib/generated/prisma/enums";

const COURSES = [
  {
    id: "course-scrutiny",
    title: "Scrutiny skills",
    description: "How a scrutiny panel looks at a service and makes recommendations.",
  },
  {
    id: "course-board",
    title: "Board member induction",
    description: "What the board does and how tenant board members take part.",
  },
  {
    id: "course-portal",
    title: "Using the portal",
    description: "Signing in, answering consultations and registering for events.",
  },
];

type SeedEvent = {
  title: string;
  kind: EventKind;
  format?: EventFormat;
  venue?: string;
  area?: number;
  groupId?: string;
  courseId?: string;
  partners?: string[];
  startsAt: string;
  hours?: number;
  capacity?: number;
  /** Past events only: how many of the demo customers came, and how many more gave no names. */
  came?: number;
  unnamed?: number;
};

const EVENTS: SeedEvent[] = [
  {
    title: "Riverside gala day",
    kind: "GALA_DAY",
    venue: "Riverside Park",
    area: 0,
    partners: ["Riverside Community Trust"],
    startsAt: "2026-06-13T11:00:00Z",
    hours: 5,
    came: 8,
    unnamed: 45,
  },
  {
    title: "Hillhead estate walkabout",
    kind: "ESTATE_WALKABOUT",
    venue: "Meet at Hillhead shops",
    area: 1,
    startsAt: "2026-07-08T13:00:00Z",
    came: 5,
  },
  {
    title: "Millbrook repairs drop-in",
    kind: "DROP_IN",
    venue: "Millbrook Library, Mill Lane",
    area: 2,
    startsAt: "2026-08-05T09:00:00Z",
    hours: 3,
    came: 4,
    unnamed: 6,
  },
  {
    title: "Tenant Scrutiny Panel meeting",
    kind: "GROUP_MEETING",
    format: "BOTH",
    venue: "Northvale House, Station Road",
    groupId: "group-scrutiny",
    startsAt: "2026-09-10T17:30:00Z",
    capacity: 12,
    came: 6,
  },
  {
    title: "Scrutiny skills: session one",
    kind: "TRAINING_SESSION",
    venue: "Northvale House, Station Road",
    courseId: "course-scrutiny",
    startsAt: "2026-10-07T10:00:00Z",
    hours: 3,
    capacity: 10,
    came: 6,
  },
  {
    title: "Repairs service focus group",
    kind: "FOCUS_GROUP",
    venue: "Eastgate Community Centre",
    area: 3,
    partners: ["Age UK Northvale"],
    startsAt: "2026-10-21T14:00:00Z",
    capacity: 10,
    came: 7,
  },
  {
    title: "Rent setting consultation meeting",
    kind: "CONSULTATION_MEETING",
    format: "BOTH",
    venue: "Northfield Hall",
    area: 4,
    startsAt: "2027-01-20T18:00:00Z",
    capacity: 40,
  },
  {
    title: "Scrutiny skills: session two",
    kind: "TRAINING_SESSION",
    venue: "Northvale House, Station Road",
    courseId: "course-scrutiny",
    startsAt: "2027-02-03T10:00:00Z",
    hours: 3,
    capacity: 10,
  },
  {
    title: "Using the portal: online session",
    kind: "TRAINING_SESSION",
    format: "ONLINE",
    courseId: "course-portal",
    startsAt: "2027-02-17T18:00:00Z",
    hours: 1,
    capacity: 20,
  },
  {
    title: "Old Town community lunch",
    kind: "COMMUNITY_EVENT",
    venue: "Old Town Church Hall, Kirk Wynd",
    area: 5,
    startsAt: "2027-03-06T12:00:00Z",
    capacity: 30,
  },
  {
    title: "Eastgate estate walkabout",
    kind: "ESTATE_WALKABOUT",
    venue: "Meet at Eastgate play park",
    area: 3,
    startsAt: "2027-04-14T13:00:00Z",
  },
  {
    title: "Summer gala",
    kind: "GALA_DAY",
    venue: "Riverside Park",
    area: 0,
    partners: ["Riverside Community Trust", "Northvale Council"],
    startsAt: "2027-06-19T11:00:00Z",
    hours: 5,
  },
];

const ACCESS = "Step-free entrance, accessible toilet and a hearing loop. Tell us if you need transport.";

const customerId = (n: number) => `customer-${String(n).padStart(5, "0")}`;

/** Loads courses and events; call after the demo users exist, as officers are recorded at past events. */
export const seedEvents = async (tx: Tx) => {
  await tx.trainingCourse.createMany({ data: COURSES });
  const officer = await tx.user.findFirstOrThrow({ where: { role: "OFFICER" }, select: { id: true } });
  const events = EVENTS.map((event, i) => {
    const startsAt = new Date(event.startsAt);
    return {
      id: `event-${String(i + 1).padStart(2, "0")}`,
      title: event.title,
      description: `${event.title}. Everyone is welcome; tea and coffee provided.`,
      kind: event.kind,
      format: event.format ?? "IN_PERSON",
      venue: event.venue ?? null,
      accessibilityNotes: event.venue ? ACCESS : null,
      areaId: event.area === undefined ? null : `area-${event.area}`,
      groupId: event.groupId ?? null,
      courseId: event.courseId ?? null,
      partners: event.partners ?? [],
      startsAt,
      endsAt: new Date(startsAt.getTime() + (event.hours ?? 2) * 3_600_000),
      capacity: event.capacity ?? null,
      unnamedAttendees: event.unnamed ?? 0,
    };
  });
  await tx.event.createMany({ data: events });
  // Past events: a spread of customers (never the demo tenants' own records) registered and came; some walked in.
  const past = EVENTS.flatMap((event, i) =>
    event.came ? [{ event, id: events[i]!.id, startsAt: events[i]!.startsAt }] : [],
  );
  const attendance = past.flatMap(({ event, id, startsAt }, e) =>
    Array.from({ length: event.came ?? 0 }, (_, p) => ({
      eventId: id,
      customerId: customerId(10 + ((e * 13 + p * 5) % 120)),
      walkIn: p % 4 === 3,
      recordedAt: startsAt,
    })),
  );
  await tx.eventRegistration.createMany({
    data: attendance
      .filter((a) => !a.walkIn)
      .map((a) => ({
        eventId: a.eventId,
        customerId: a.customerId,
        status: "REGISTERED" as const,
        registeredAt: new Date(a.recordedAt.getTime() - 7 * 86_400_000),
      })),
  });
  await tx.eventAttendance.createMany({ data: attendance });
  await tx.eventStaff.createMany({ data: past.map(({ id }) => ({ eventId: id, userId: officer.id })) });
  const session = past.find(({ event }) => event.courseId === "course-scrutiny")!;
  await tx.trainingCompletion.createMany({
    data: [
      ...attendance
        .filter((a) => a.eventId === session.id)
        .slice(0, 5)
        .map((a) => ({
          courseId: "course-scrutiny",
          eventId: session.id,
          customerId: a.customerId,
          completedAt: session.startsAt,
        })),
      { courseId: "course-scrutiny", eventId: session.id, userId: officer.id, completedAt: session.startsAt },
    ],
  });
  return events.length;
};
