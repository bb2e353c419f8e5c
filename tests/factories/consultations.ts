import { db } from "@/lib/db";
import type { ConsultationStatus, CustomerKind } from "@/lib/generated/prisma/enums";

const DAY = 86_400_000;

let sequence = 0;

/** A consultation with a yes/no question and a conditional free-text question; open now by the real clock. */
export const createConsultation = async (
  overrides: {
    status?: ConsultationStatus;
    opensAt?: Date;
    closesAt?: Date;
    audienceKinds?: CustomerKind[];
    audienceAreaIds?: string[];
  } = {},
) => {
  sequence += 1;
  const now = Date.now();
  const consultation = await db.consultation.create({
    data: {
      title: `Consultation ${sequence}`,
      summary: "What do you think about the garden?",
      status: overrides.status ?? "OPEN",
      opensAt: overrides.opensAt ?? new Date(now - DAY),
      closesAt: overrides.closesAt ?? new Date(now + DAY),
      audienceKinds: overrides.audienceKinds ?? [],
      audienceAreaIds: overrides.audienceAreaIds ?? [],
    },
  });
  const uses = await db.consultationQuestion.create({
    data: { consultationId: consultation.id, position: 1, type: "YES_NO", label: "Do you use the garden?" },
  });
  const why = await db.consultationQuestion.create({
    data: {
      consultationId: consultation.id,
      position: 2,
      type: "FREE_TEXT",
      label: "What would you change?",
      showIfQuestionId: uses.id,
      showIfAnswer: "Yes",
    },
  });
  return { consultation, questions: { uses, why } };
};
