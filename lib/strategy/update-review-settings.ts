import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ReviewSettings } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";

type Options = { actor: Actor; settings: ReviewSettings };

/** Review dates belong to the strategy in force, so only the approved version's can be set. */
export const updateReviewSettings = async ({ actor, settings: { strategyId, ...dates } }: Options) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.strategy.updateMany({
      where: { id: strategyId, status: "APPROVED" },
      data: {
        fullReviewDueOn: dates.fullReviewDueOn,
        kpiReviewDueOn: dates.kpiReviewDueOn ?? null,
        tenantConsultationOn: dates.tenantConsultationOn ?? null,
      },
    });
    if (count === 0) throw new DomainError("Review dates can only be set for the approved strategy.");
    const iso = (date?: Date) => (date ? isoDay(date) : null);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.review_settings_updated",
      entityType: "Strategy",
      entityId: strategyId,
      details: {
        fullReviewDueOn: iso(dates.fullReviewDueOn),
        kpiReviewDueOn: iso(dates.kpiReviewDueOn),
        tenantConsultationOn: iso(dates.tenantConsultationOn),
      },
    });
  });
