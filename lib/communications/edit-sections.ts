import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { checkPhoto } from "@/lib/feedback/photo-rules";
import { storeFile } from "@/lib/files/file-store";
import { ZSections, type Section, type SectionInput } from "./schemas";
import { changeSections, putSection, type SectionChange } from "./sections";

const CHANGED_MEANWHILE =
  "Someone else changed this draft while you were editing it. Look at it again, then try again.";

const loadDraft = async (communicationId: string) => {
  const row = await db.communication.findUnique({
    where: { id: communicationId },
    select: { id: true, status: true, sections: true, updatedAt: true },
  });
  if (!row) throw notFoundError("newsletter");
  if (row.status !== "DRAFT") throw new DomainError("This newsletter has been sent, so it can no longer change.");
  return { ...row, sections: ZSections.parse(row.sections) };
};

/** Writes the new list only if nobody changed the draft since it was read, with its audit event. */
const saveSections = (
  actor: Actor,
  draft: { id: string; updatedAt: Date },
  sections: Section[],
  details: Record<string, string | number>,
) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.communication.updateMany({
      where: { id: draft.id, status: "DRAFT", updatedAt: draft.updatedAt },
      data: { sections },
    });
    if (count === 0) throw new DomainError(CHANGED_MEANWHILE);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.sections.changed",
      entityType: "Communication",
      entityId: draft.id,
      details,
    });
    return { id: draft.id };
  });

/** Saves one section of a draft (or adds one), with a new picture checked by its bytes, or the old one kept. */
export const saveSection = async ({ actor, input }: { actor: Actor; input: SectionInput }) => {
  const draft = await loadDraft(input.communicationId);
  const existing = input.position === "new" ? undefined : draft.sections[input.position];
  if (input.position !== "new" && !existing) throw notFoundError("section");
  let image = input.picture === "remove" ? undefined : existing?.image;
  if (input.image) {
    const bytes = new Uint8Array(await input.image.arrayBuffer());
    const checked = checkPhoto(bytes);
    if ("problem" in checked) throw new DomainError(checked.problem, { image: checked.problem });
    // Files are named by their content, so a file stored for a save that then fails is reused, never half-written.
    image = { sha256: await storeFile(bytes), type: checked.type, alt: input.alt ?? "" };
  } else if (image && input.alt) {
    image = { ...image, alt: input.alt };
  }
  if (image && !image.alt) {
    const message = "Describe the picture for people who cannot see it";
    throw new DomainError(message, { alt: message });
  }
  const section: Section = { heading: input.heading, text: input.text, ...(image && { image }) };
  const result = putSection(draft.sections, input.position, section);
  if ("problem" in result) throw new DomainError(result.problem);
  return saveSections(actor, draft, result.sections, {
    section: input.position === "new" ? "added" : input.position,
  });
};

/** Moves a section up or down, or removes it. */
export const changeSection = async ({
  actor,
  communicationId,
  position,
  change,
}: {
  actor: Actor;
  communicationId: string;
  position: number;
  change: SectionChange;
}) => {
  const draft = await loadDraft(communicationId);
  const result = changeSections(draft.sections, position, change);
  if ("problem" in result) throw new DomainError(result.problem);
  return saveSections(actor, draft, result.sections, { section: position, change });
};
