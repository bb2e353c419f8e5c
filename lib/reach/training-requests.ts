import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import type { TrainingWish } from "./training-schemas";

/** Who is asking: a tenant (their customer record) or a member of staff (their user). */
export type Asker = { customerId: string } | { userId: string };

/** Records training someone would like; asking twice for the same course is refused, not doubled. */
export const requestTraining = async ({ asker, wish }: { asker: Asker; wish: TrainingWish }) => {
  if (wish.courseId && !(await db.trainingCourse.findUnique({ where: { id: wish.courseId }, select: { id: true } })))
    throw new DomainError("Choose a course from the list.", { courseId: "Choose a course from the list" });
  try {
    return await db.trainingRequest.create({
      data: { ...asker, courseId: wish.courseId ?? null, ownWords: wish.ownWords ?? null },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("You have already asked for this course. We will invite you when it is running.", {
        courseId: "You have already asked for this course",
      });
    throw error;
  }
};

/** Demand per course, counted in SQL, with each course's next session; and the training asked for in people's own words. */
export const getTrainingDemand = async (now: Date) => {
  const [courses, ownWords] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        title: string;
        asked: number;
        waiting: number;
        nextSessionId: string | null;
        nextSessionAt: Date | null;
      }[]
    >`
      SELECT c.id, c.title,
        count(r.id)::int AS asked,
        count(r.id) FILTER (WHERE r."invitedAt" IS NULL)::int AS waiting,
        (SELECT e.id FROM "Event" e WHERE e."courseId" = c.id AND e."startsAt" > ${now} ORDER BY e."startsAt" LIMIT 1) AS "nextSessionId",
        (SELECT min(e."startsAt") FROM "Event" e WHERE e."courseId" = c.id AND e."startsAt" > ${now}) AS "nextSessionAt"
      FROM "TrainingCourse" c LEFT JOIN "TrainingRequest" r ON r."courseId" = c.id
      GROUP BY c.id, c.title
      ORDER BY count(r.id) DESC, c.title`,
    db.trainingRequest.findMany({
      where: { courseId: null },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, ownWords: true, createdAt: true, customerId: true },
    }),
  ]);
  return { courses, ownWords };
};

/**
 * Invites everyone who asked for a course, and has not been invited yet, to its next session: marks them invited
 * and audits it in one transaction, then emails those with an email address after the commit.
 */
export const inviteRequesters = async ({
  actor,
  courseId,
  now = new Date(),
}: {
  actor: Actor;
  courseId: string;
  now?: Date;
}) => {
  const session = await db.event.findFirst({
    where: { courseId, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, course: { select: { title: true } } },
  });
  if (!session) {
    if (!(await db.trainingCourse.findUnique({ where: { id: courseId }, select: { id: true } })))
      throw notFoundError("course");
    throw new DomainError("This course has no session coming up. Add one on the events page first.");
  }
  const invited = await db.$transaction(async (tx) => {
    const waiting = await tx.trainingRequest.findMany({
      where: { courseId, invitedAt: null },
      select: {
        id: true,
        customer: { select: { firstName: true, email: true } },
        user: { select: { name: true, email: true } },
      },
    });
    // Conditional on invitedAt still being empty, so two officers pressing at once invite each person once.
    await tx.trainingRequest.updateMany({
      where: { id: { in: waiting.map((row) => row.id) }, invitedAt: null },
      data: { invitedAt: now },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "training.requesters-invited",
      entityType: "TrainingCourse",
      entityId: courseId,
      details: { eventId: session.id, invited: waiting.length },
    });
    return waiting;
  });
  const link = `${env.APP_URL}/events/${session.id}`;
  for (const row of invited) {
    const email = row.customer?.email ?? row.user?.email;
    if (!email) continue;
    await sendTemplatedEmail(email, {
      subject: `The training you asked for: ${session.course?.title ?? session.title}`,
      greeting: `Hello ${row.customer?.firstName ?? row.user?.name ?? ""},`,
      blocks: [
        {
          kind: "paragraph",
          text: `You told us you would like training in ${session.course?.title ?? session.title}. A session is on ${formatDateTime(session.startsAt)}.`,
        },
        { kind: "link", label: "See the session and book a place", href: link },
      ],
    });
  }
  return { invited: invited.length };
};
