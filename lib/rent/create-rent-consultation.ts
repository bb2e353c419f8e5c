import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { ukDayEnd, ukDayStart, isoDay } from "@/lib/uk-time";
import { optionText, rentTemplate, weeklyEffectPence, type RentOptionTerms } from "./rules";
import type { RentSettingInput } from "./schemas";

type Input = Omit<RentSettingInput, "options"> & { options: RentOptionTerms[] };

/**
 * Makes the year's rent consultation from the template: a draft consultation (published, closed and reported on
 * like any other in lib/consultations) with the year's options and their weekly effect on the average rent.
 * `actorId` is null when the yearly job drafts it.
 */
export const createRentConsultation = async ({ actorId, input }: { actorId: string | null; input: Input }) => {
  const options = input.options.map((option) => ({
    ...option,
    weeklyEffectPence: weeklyEffectPence(input.averageWeeklyRent, option.changeBasisPoints),
  }));
  const template = rentTemplate(
    input.year,
    options.map((option) => optionText(option, input.averageWeeklyRent)),
  );
  try {
    return await db.$transaction(async (tx) => {
      const consultation = await tx.consultation.create({
        data: {
          title: template.title,
          summary: template.summary,
          topic: "RENT_SETTING",
          opensAt: ukDayStart(isoDay(input.opensOn)) as Date,
          closesAt: ukDayEnd(isoDay(input.closesOn)) as Date,
          createdById: actorId,
          questions: { create: template.questions },
        },
        select: { id: true },
      });
      const setting = await tx.rentSetting.create({
        data: {
          year: input.year,
          consultationId: consultation.id,
          averageWeeklyRentPence: input.averageWeeklyRent,
          options: { create: options },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId,
        action: "rent.consultation_created",
        entityType: "Consultation",
        entityId: consultation.id,
        details: { year: input.year, options: options.map((option) => option.changeBasisPoints) },
      });
      return { ...setting, consultationId: consultation.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("That year already has a rent consultation.", { year: "Choose a year without one" });
    }
    throw error;
  }
};
