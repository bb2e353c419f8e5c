import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/file-store";
import { ZSections } from "./schemas";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

/** The stored picture of each section that has one, by position: for the printed letters. */
export const sectionImages = async (sections: { image?: { sha256: string } }[]) =>
  new Map(
    await Promise.all(
      sections.flatMap((section, position) =>
        section.image ? [readStoredFile(section.image.sha256).then((bytes) => [position, bytes] as const)] : [],
      ),
    ),
  );

/**
 * A section's picture: for the public only once the newsletter is sent (a sent newsletter never changes, so it may
 * be cached), for staff also in a draft. Served as the type its bytes were checked to be, never sniffed.
 */
export const sectionImageResponse = async (communicationId: string, position: string, audience: "public" | "staff") => {
  const row = await db.communication.findFirst({
    where: { id: communicationId.slice(0, 50), ...(audience === "public" && { status: "SENT" }) },
    select: { sections: true },
  });
  const image = row && ZSections.parse(row.sections)[Number(position)]?.image;
  if (!image) return fileNotFound("picture");
  return fileResponse(
    { bytes: await readStoredFile(image.sha256), type: image.type },
    audience === "public" ? "public" : "personal",
  );
};
