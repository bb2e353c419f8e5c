import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { storeFile } from "@/lib/files/file-store";
import type { FeedbackChannel, FeedbackKind, ServiceArea } from "@/lib/generated/prisma/enums";
import { loadClock, toDbDate, today } from "./clock";
import { checkPhoto } from "./photo-rules";
import { dueDates, feedbackReference, type Clock } from "./rules";

export type NewFeedback = {
  kind: FeedbackKind;
  serviceArea: ServiceArea;
  details: string;
  channel: FeedbackChannel;
  receivedOn: string;
  customerId?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  enteredById?: string;
  photoSha256?: string;
  photoType?: string;
};

/**
 * Writes the item and its first stage with the clock started on the day it reached us. The clock is read before
 * the transaction opens: the embedded database has one connection, which the transaction holds.
 */
export const insertFeedback = async (tx: Tx, feedback: NewFeedback, clock: Clock) => {
  const { receivedOn, ...item } = feedback;
  const due = dueDates({ kind: item.kind, stage: 1, receivedOn }, clock);
  const created = await tx.feedback.create({
    data: {
      ...item,
      acknowledgeBy: due.acknowledgeBy === null ? null : toDbDate(due.acknowledgeBy),
      answerBy: toDbDate(due.answerBy),
      stages: { create: { stage: 1, receivedOn: toDbDate(receivedOn) } },
    },
    select: { id: true, number: true },
  });
  return { id: created.id, reference: feedbackReference(created.number), answerBy: due.answerBy };
};

type Options = {
  kind: FeedbackKind;
  serviceArea: ServiceArea;
  details: string;
  /** A signed-in tenant; absent for the public form, which needs contact details instead. */
  customerId?: string;
  contact?: { contactName?: string; contactEmail?: string; contactPhone?: string };
  /** A photo a signed-in tenant attached: checked by its bytes, stored before the row that points to it. */
  photo?: File;
  now?: Date;
};

const storePhoto = async (photo: File) => {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const checked = checkPhoto(bytes);
  if ("problem" in checked) throw new DomainError("The photo was not sent.", { photo: checked.problem });
  return { photoSha256: await storeFile(bytes), photoType: checked.type };
};

/** Feedback sent online by a tenant, signed in or not. */
export const submitFeedback = async ({
  kind,
  serviceArea,
  details,
  customerId,
  contact = {},
  photo,
  now = new Date(),
}: Options) => {
  const stored = photo && customerId ? await storePhoto(photo) : {};
  const clock = await loadClock();
  return db.$transaction((tx) =>
    insertFeedback(
      tx,
      {
        kind,
        serviceArea,
        details,
        channel: "ONLINE",
        receivedOn: today(now),
        // A signed-in tenant is known by their record: contact details typed on the public form are not stored for them.
        ...(customerId ? { customerId } : contact),
        ...stored,
      },
      clock,
    ),
  );
};
