import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CONFIRMED } from "@/lib/confirm";
import { submitResponse } from "@/lib/consultations/submit-response";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createEvent, NO_NEEDS } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";

// The actions run as a signed-in officer; redirect() throws, as it does in Next, so a completed action is visible.
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/lib/auth/session", () => ({ requireRole: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
  notFound: () => {
    throw new Error("NOT FOUND");
  },
}));

const { closeConsultationAction, publishConsultationAction, redactAnswerAction } =
  await import("@/app/(staff)/staff/consultations/actions");
const { markAttendedAction, unmarkAttendedAction } = await import("@/app/(staff)/staff/events/[id]/attendance/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const confirmed = (fields: Record<string, string>) => form({ ...fields, [CONFIRMED.name]: CONFIRMED.value });
const IDLE = { status: "idle" } as const;
const REFUSED = {
  status: "error",
  fieldErrors: { confirmed: "Confirm on the confirmation page: nothing has been changed yet" },
};

beforeEach(async () => {
  session.user = await createUser({ role: "OFFICER" });
});

describe("actions that cannot be taken back need their confirmation page", () => {
  it("refuses to publish or close on a direct post, and does both once confirmed", async () => {
    const { consultation } = await createConsultation({ status: "DRAFT" });
    const ref = { consultationId: consultation.id };
    expect(await publishConsultationAction(IDLE, form(ref))).toMatchObject(REFUSED);
    expect(await publishConsultationAction(IDLE, form({ ...ref, confirmed: "true" }))).toMatchObject(REFUSED);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("DRAFT");

    await expect(publishConsultationAction(IDLE, confirmed(ref))).rejects.toThrow(
      `REDIRECT /staff/consultations/${consultation.id}?done=opened`,
    );
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("OPEN");

    expect(await closeConsultationAction(IDLE, form(ref))).toMatchObject(REFUSED);
    await expect(closeConsultationAction(IDLE, confirmed(ref))).rejects.toThrow("?done=closed");
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } })).status).toBe("CLOSED");
  });

  it("refuses to remove a written answer on a direct post", async () => {
    const { consultation, questions } = await createConsultation();
    await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      answers: { [`q_${questions.uses.id}`]: "Yes", [`q_${questions.why.id}`]: "Name of a neighbour" },
    });
    const answer = await db.consultationAnswer.findFirstOrThrow({ where: { questionId: questions.why.id } });
    const fields = { consultationId: consultation.id, answerId: String(answer.id) };
    expect(await redactAnswerAction(IDLE, form(fields))).toMatchObject(REFUSED);
    expect((await db.consultationAnswer.findUniqueOrThrow({ where: { id: answer.id } })).text).toBe(
      "Name of a neighbour",
    );
    await expect(redactAnswerAction(IDLE, confirmed(fields))).rejects.toThrow("/results?done=answer-removed");
    expect((await db.consultationAnswer.findUniqueOrThrow({ where: { id: answer.id } })).text).toBe("");
  });

  it("marks attended only when confirmed, and undoes it", async () => {
    const event = await createEvent({ startsInHours: -1 });
    const customer = await createCustomer();
    const officer = session.user as { id: string; role: "OFFICER" };
    // Registered before the event started, straight into the table (the window has closed since).
    await db.eventRegistration.create({
      data: { eventId: event.id, customerId: customer.id, status: "REGISTERED", registeredAt: new Date(), ...NO_NEEDS },
    });
    const fields = { eventId: event.id, customerId: customer.id };
    expect(await markAttendedAction(IDLE, form(fields))).toMatchObject(REFUSED);
    expect(await db.eventAttendance.count()).toBe(0);
    await expect(markAttendedAction(IDLE, confirmed(fields))).rejects.toThrow(`?marked=${customer.id}`);
    expect(await db.eventAttendance.count()).toBe(1);

    await expect(unmarkAttendedAction(IDLE, form(fields))).rejects.toThrow("?unmarked=1");
    expect(await db.eventAttendance.count()).toBe(0);
    expect(await unmarkAttendedAction(IDLE, form(fields))).toMatchObject({
      status: "error",
      message: "That person is not marked as attended.",
    });
    expect(await db.auditEvent.count({ where: { action: "event.attendance.unmarked", actorId: officer.id } })).toBe(1);
  });
});
