import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { csvDateTime, toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { listAreas } from "@/lib/people/areas";
import { choicesFor, OTHER } from "@/lib/questions/rules";
import { CUSTOMER_KIND_LABEL } from "@/lib/people/labels";
import type { Actor } from "@/lib/auth/actor";
import { inOrder } from "./guards";
import { RESPONSE_CHANNEL_LABEL } from "./labels";

type Options = { actor: Actor; consultationId: string; personal: boolean };

/**
 * Every response as one CSV row, one column per question. Without personal data it is safe to share with a
 * panel; with it (names and references), the download is audited as a disclosure of personal data.
 */
export const exportResponses = async ({ actor, consultationId, personal }: Options) => {
  const consultation = await db.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, questions: inOrder(consultationId) },
  });
  if (!consultation) throw notFoundError("consultation");
  const [responses, areas] = await Promise.all([
    db.consultationResponse.findMany({
      where: { consultationId },
      orderBy: { submittedAt: "asc" },
      select: {
        submittedAt: true,
        channel: true,
        areaId: true,
        customerKind: true,
        customer: personal ? { select: { reference: true, firstName: true, lastName: true } } : false,
        answers: {
          orderBy: { id: "asc" },
          select: { questionId: true, option: true, number: true, text: true, redactedAt: true },
        },
      },
    }),
    listAreas(),
  ]);
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  const labelFor = new Map(
    consultation.questions.map((q) => [q.id, new Map(choicesFor(q).map((choice) => [choice.value, choice.label]))]),
  );
  const answerText = (answer: (typeof responses)[number]["answers"][number]) => {
    if (answer.redactedAt) return "[removed by an officer]";
    if (answer.option === OTHER) return `Other: ${answer.text ?? ""}`;
    if (answer.option !== null) return labelFor.get(answer.questionId)?.get(answer.option) ?? answer.option;
    return answer.number !== null ? String(answer.number) : (answer.text ?? "");
  };
  const header = [
    "Submitted",
    "Channel",
    "Area",
    "Kind of customer",
    ...(personal ? ["Customer reference", "Name"] : []),
    ...consultation.questions.map((q, index) => `${index + 1}. ${q.label}`),
  ];
  const rows = responses.map((response) => [
    csvDateTime(response.submittedAt),
    RESPONSE_CHANNEL_LABEL[response.channel],
    (response.areaId && areaName.get(response.areaId)) ?? "",
    response.customerKind ? CUSTOMER_KIND_LABEL[response.customerKind] : "",
    ...(personal
      ? [
          response.customer?.reference ?? "",
          response.customer ? `${response.customer.firstName} ${response.customer.lastName}` : "Anonymous",
        ]
      : []),
    ...consultation.questions.map((q) =>
      response.answers
        .filter((answer) => answer.questionId === q.id)
        .map(answerText)
        .join("; "),
    ),
  ]);
  if (personal) {
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actorId: actor.id,
        action: "consultation.responses.exported_with_personal_data",
        entityType: "Consultation",
        entityId: consultationId,
      }),
    );
  }
  return toCsv([header, ...rows]);
};
