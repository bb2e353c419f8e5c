import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/uk-time";
import { SERVICE_AREA_LABEL } from "./labels";

/**
 * The public entry's anchor, which the assurance map links to (lib/outcomes/queries.ts computes the same in SQL):
 * a digest of the complaint's id, so the public page never shows the id itself.
 */
export const learningAnchor = (feedbackId: string) =>
  `learned-${createHash("md5").update(feedbackId).digest("hex").slice(0, 12)}`;

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
      select: { id: true, serviceArea: true, learned: true, changed: true, learningPublishedAt: true },
    })
  ).map((row) => ({
    anchor: learningAnchor(row.id),
    serviceArea: SERVICE_AREA_LABEL[row.serviceArea],
    learned: row.learned ?? "",
    changed: row.changed ?? "",
    publishedOn: isoDay(row.learningPublishedAt as Date),
  }));
