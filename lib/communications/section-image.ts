import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/file-store";
import { ZSections } from "./schemas";

const notFound = () =>
  new Response("We could not find that picture.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

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
  if (!image) return notFound();
  return new Response(new Uint8Array(await readStoredFile(image.sha256)), {
    headers: {
      "Content-Type": image.type,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": audience === "public" ? "public, max-age=86400" : "private, no-store",
    },
  });
};
