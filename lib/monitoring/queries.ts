import { db } from "@/lib/db";

const NOTE_SELECT = {
  actionId: true,
  rating: true,
  comment: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/** The monitoring group's review of a period, with its notes, for the board's report beside the officers' progress. */
export const getMonitoringVerdict = (strategyId: string, year: number, quarter: number) =>
  db.monitoringReview.findUnique({
    where: { strategyId_year_quarter: { strategyId, year, quarter } },
    select: {
      outcome: true,
      rating: true,
      outcomeNote: true,
      decidedOn: true,
      group: { select: { name: true } },
      notes: {
        orderBy: [{ action: { priority: { number: "asc" } } }, { action: { targetOn: "asc" } }],
        select: {
          ...NOTE_SELECT,
          action: { select: { title: true, status: true, priority: { select: { number: true } } } },
        },
      },
    },
  });

/** The approved strategy a group monitors, or null: the group's space shows the monitoring page only then. */
export const getMonitoredStrategy = (groupId: string) =>
  db.strategy.findFirst({
    where: { status: "APPROVED", monitoringGroupId: groupId },
    select: { id: true, title: true, actionPlans: { orderBy: { year: "desc" }, select: { year: true } } },
  });

/** One period's actions with the officers' progress and the group's notes, for the group's monitoring page. */
export const getMonitoringPeriod = async (strategyId: string, year: number, quarter: number) => {
  const [actions, review] = await Promise.all([
    db.strategyAction.findMany({
      where: { plan: { strategyId, year } },
      orderBy: [{ priority: { number: "asc" } }, { targetOn: "asc" }],
      select: {
        id: true,
        title: true,
        owner: true,
        targetOn: true,
        status: true,
        priority: { select: { number: true } },
        updates: { orderBy: { postedOn: "desc" }, take: 1, select: { postedOn: true, text: true } },
      },
    }),
    db.monitoringReview.findUnique({
      where: { strategyId_year_quarter: { strategyId, year, quarter } },
      select: {
        outcome: true,
        rating: true,
        outcomeNote: true,
        decidedOn: true,
        decidedBy: { select: { name: true } },
        notes: { select: NOTE_SELECT },
      },
    }),
  ]);
  const notes = new Map((review?.notes ?? []).map((note) => [note.actionId, note]));
  return { actions: actions.map((action) => ({ ...action, note: notes.get(action.id) ?? null })), review };
};

/** Every review the group made of a year's plan, for the annual monitoring report. */
export const listYearReviews = (strategyId: string, year: number) =>
  db.monitoringReview.findMany({
    where: { strategyId, year },
    orderBy: { quarter: "asc" },
    select: {
      quarter: true,
      outcome: true,
      rating: true,
      outcomeNote: true,
      decidedOn: true,
      group: { select: { name: true } },
      _count: { select: { notes: true } },
    },
  });
