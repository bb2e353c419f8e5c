import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";

type Decision = { rentSettingId: string; option: string; decidedOn: Date; minuteReference: string };

type Options = { actor: Actor; input: Decision; now?: Date };

/** The board's decision on the year's rent, once the consultation has closed; recorded once. */
export const recordRentDecision = ({ actor, input, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const setting = await tx.rentSetting.findUnique({
      where: { id: input.rentSettingId },
      select: { consultation: { select: { status: true, closesAt: true } }, options: { select: { label: true } } },
    });
    if (!setting) throw notFoundError("rent consultation");
    // A published consultation's window decides whether it is still open (decision 0005), not a stored status.
    if (["DRAFT", "SCHEDULED"].includes(setting.consultation.status) || setting.consultation.closesAt > now) {
      throw new DomainError("The board decides once tenants' views are in: close the consultation first.");
    }
    if (!setting.options.some((option) => option.label === input.option)) {
      throw new DomainError("Choose one of the options put to tenants.", {
        option: "Choose one of the options put to tenants",
      });
    }
    const { count } = await tx.rentSetting.updateMany({
      where: { id: input.rentSettingId, decidedOptionLabel: null },
      data: { decidedOptionLabel: input.option, decidedOn: input.decidedOn, minuteReference: input.minuteReference },
    });
    if (count === 0) throw new DomainError("The board's decision has already been recorded.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "rent.decision_recorded",
      entityType: "RentSetting",
      entityId: input.rentSettingId,
      details: { option: input.option, on: isoDay(input.decidedOn), minute: input.minuteReference },
    });
  });
