import { db } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { Activity, EvaluationInput } from "./evaluation-schemas";

const DAY_MS = 86_400_000;
/** People are asked about an activity for this long after it: memories of a meeting fade. */
export const EVALUATION_DAYS = 60;

const activityColumns = (activity: Activity) =>
  activity.kind === "event" ? { eventId: activity.id } : { consultationId: activity.id };

/** Whether the customer took part: came to the event (it has ended), or answered the consultation. */
const tookPart = async (customerId: string, activity: Activity, now: Date) => {
  if (activity.kind === "event") {
    const attended = await db.eventAttendance.findUnique({
      where: { eventId_customerId: { eventId: activity.id, customerId } },
      select: { event: { select: { title: true, endsAt: true } } },
    });
    return attended && attended.event.endsAt <= now ? attended.event.title : null;
  }
  const response = await db.consultationResponse.findUnique({
    where: { consultationId_customerId: { consultationId: activity.id, customerId } },
    select: { consultation: { select: { title: true } } },
  });
  return response?.consultation.title ?? null;
};

/** The activity a tenant may evaluate, or "not found" if they did not take part or have already answered. */
export const getEvaluableActivity = async (customerId: string, activity: Activity, now = new Date()) => {
  const title = await tookPart(customerId, activity, now);
  if (!title) return null;
  const receipt = await db.evaluationReceipt.findFirst({
    where: { customerId, ...activityColumns(activity) },
    select: { id: true },
  });
  return { title, answered: receipt !== null };
};

/**
 * Records an anonymous evaluation. The receipt (who answered) and the answer are written in one transaction but
 * share nothing: no customer, time or time-ordered id is kept with the answer, so the two cannot be joined again.
 * The receipt's unique key lets each person answer once.
 */
export const submitEvaluation = async ({
  customerId,
  activity,
  answers,
  now = new Date(),
}: {
  customerId: string;
  activity: Activity;
  answers: EvaluationInput;
  now?: Date;
}) => {
  if (!(await tookPart(customerId, activity, now))) throw notFoundError("activity");
  const columns = activityColumns(activity);
  try {
    await db.$transaction(async (tx) => {
      await tx.evaluationReceipt.create({ data: { customerId, ...columns } });
      await tx.evaluation.create({
        data: {
          ...columns,
          accessible: answers.accessible ?? null,
          listenedTo: answers.listenedTo ?? null,
          whatWouldHelp: answers.whatWouldHelp ?? null,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("You have already told us how this went. Thank you.");
    throw error;
  }
};

/** Activities the tenant took part in lately and has not yet said how they went. */
export const listActivitiesToEvaluate = async (customerId: string, now = new Date()) => {
  const since = new Date(now.getTime() - EVALUATION_DAYS * DAY_MS);
  const [events, consultations] = await Promise.all([
    db.event.findMany({
      where: {
        endsAt: { gte: since, lte: now },
        attendances: { some: { customerId } },
        evaluationReceipts: { none: { customerId } },
      },
      orderBy: { startsAt: "desc" },
      select: { id: true, title: true, startsAt: true },
    }),
    db.consultation.findMany({
      where: {
        responses: { some: { customerId, submittedAt: { gte: since } } },
        evaluationReceipts: { none: { customerId } },
      },
      orderBy: { closesAt: "desc" },
      select: { id: true, title: true },
    }),
  ]);
  return [
    ...events.map((event) => ({ kind: "event" as const, id: event.id, title: event.title })),
    ...consultations.map((consultation) => ({
      kind: "consultation" as const,
      id: consultation.id,
      title: consultation.title,
    })),
  ];
};
