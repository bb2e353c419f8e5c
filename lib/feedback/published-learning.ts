import { db } from "@/lib/db";
import { isoDay } from "@/lib/uk-time";
import { SERVICE_AREA_LABEL } from "./labels";

/**
 * Learning from complaints that officers published: the service area and the officer's own words only, never the
 * complaint, its number or who made it, so nothing identifies the complainant.
 */
export const publishedLearning = async (within?: { gte: Date; lte: Date }, take?: number) =>
  (
    await db.feedback.findMany({
      where: { kind: "COMPLAINT", learningPublishedAt: within ?? { not: null } },
      orderBy: { learningPublishedAt: "desc" },
      take,
      select: { serviceArea: true, learned: true, changed: true, learningPublishedAt: true },
    })
  ).map((row) => ({
    serviceArea: SERVICE_AREA_LABEL[row.serviceArea],
    learned: row.learned ?? "",
    changed: row.changed ?? "",
    publishedOn: isoDay(row.learningPublishedAt as Date),
  }));
