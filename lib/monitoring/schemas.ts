import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { MonitoringOutcome, MonitoringRating } from "@/lib/generated/prisma/enums";

const id = z.string().trim().min(1).max(50);
const quarter = z.coerce.number("Choose the period").int().min(0).max(4);

export const ZActionNote = z.object({
  actionId: id,
  quarter,
  rating: z.enum(MonitoringRating, "Choose the group's rating"),
  comment: z
    .string("Enter the group's comment")
    .trim()
    .min(1, "Enter the group's comment")
    .max(2000, "The comment must be 2,000 characters or fewer"),
});

export const ZMonitoringDecision = z.object({
  strategyId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  quarter,
  outcome: z.enum(MonitoringOutcome, "Choose whether the group signs off or refers"),
  note: optionalText(2000, "The note must be 2,000 characters or fewer"),
});

export const ZMonitoringGroup = z.object({
  strategyId: id,
  groupId: z.preprocess((value) => (value === "" || value === "NONE" ? undefined : value), id.optional()),
});

/** ?quarter= on the monitoring page: 0 is the annual review; anything malformed falls back to the current quarter. */
export const ZMonitoringPeriod = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  quarter: z.coerce.number().int().min(0).max(4).optional().catch(undefined),
});

/** ?year= on the annual monitoring report; anything malformed falls back to this financial year. */
export const ZAnnualReportYear = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
