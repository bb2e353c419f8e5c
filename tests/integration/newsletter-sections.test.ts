import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeSection, saveSection } from "@/lib/communications/edit-sections";
import { lettersPdf } from "@/lib/communications/letters";
import { renderForChannel } from "@/lib/communications/render-message";
import { sectionImageResponse, sectionImages } from "@/lib/communications/section-image";
import { ZSections, ZSectionInput } from "@/lib/communications/schemas";
import { createUser } from "@/tests/factories";
import { createDraft } from "@/tests/factories/communications";

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const file = (bytes: Buffer, name = "garden.png") => new File([new Uint8Array(bytes)], name, { type: "image/png" });

const form = (fields: Record<string, string | File>) => ZSectionInput.parse(fields);
const sectionsOf = async (id: string) =>
  ZSections.parse((await db.communication.findUniqueOrThrow({ where: { id } })).sections);

const SIGN_OFF = { name: "Test HA", contactPhone: null, contactEmail: null, contactAddress: null, openingHours: null };

describe("editing a draft newsletter's sections", () => {
  it("adds a section with a described picture, shown in the email, the letter and the archive", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft();
    await saveSection({
      actor: officer,
      input: form({
        communicationId: id,
        position: "new",
        heading: "New benches",
        text: "Benches are going in at the park.",
        image: file(PNG),
        alt: "Two green benches by the pond",
      }),
    });
    const sections = await sectionsOf(id);
    expect(sections.map((s) => s.heading)).toEqual(["Gardens", "New benches"]);
    expect(sections[1]?.image).toMatchObject({ type: "image/png", alt: "Two green benches by the pond" });
    expect(await db.auditEvent.count({ where: { action: "communication.sections.changed", entityId: id } })).toBe(1);

    const content = { id, title: "Spring", summary: "S", textMessage: "T", sections, cards: [] };
    const email = renderForChannel("EMAIL", content, { customerId: "c1", firstName: "Ann" }, SIGN_OFF);
    expect(email.html).toContain(`/news/${id}/images/1" alt="Two green benches by the pond"`);
    expect(email.text).toContain("[Picture: Two green benches by the pond]");
    const letter = renderForChannel("LETTER", content, { customerId: "c1", firstName: "Ann" }, SIGN_OFF);
    expect(letter.text).toContain("New benches\n\n[Picture: Two green benches by the pond]\n\nBenches are going in");
    const pdf = await lettersPdf(content, "standard", new Date(), await sectionImages(sections));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    // The archive serves a draft's picture to nobody; staff see it; once sent, anyone may.
    expect((await sectionImageResponse(id, "1", "public")).status).toBe(404);
    expect((await sectionImageResponse(id, "1", "staff")).headers.get("content-type")).toBe("image/png");
    await db.communication.update({ where: { id }, data: { status: "SENT", sentAt: new Date() } });
    const served = await sectionImageResponse(id, "1", "public");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    await expect(changeSection({ actor: officer, communicationId: id, position: 0, change: "down" })).rejects.toThrow(
      "This newsletter has been sent",
    );
  });

  it("refuses a picture without a description and a file that is not a picture, changing nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft();
    const base = { communicationId: id, position: "0", heading: "Gardens", text: "Tuesdays." };
    expect(ZSectionInput.safeParse({ ...base, image: file(PNG) }).error?.issues[0]).toMatchObject({
      path: ["alt"],
      message: "Describe the picture for people who cannot see it",
    });
    await expect(
      saveSection({ actor: officer, input: form({ ...base, image: file(Buffer.from("%PDF-1.4")), alt: "A leaflet" }) }),
    ).rejects.toMatchObject({ fieldErrors: { image: "The photo must be a JPEG or PNG image" } });
    expect((await sectionsOf(id))[0]).toEqual({ heading: "Gardens", text: "The gardening club meets on Tuesdays." });
  });

  it("moves and removes sections and keeps at least one", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createDraft();
    for (const heading of ["Parking", "Repairs"]) {
      await saveSection({
        actor: officer,
        input: form({ communicationId: id, position: "new", heading, text: `${heading} news.` }),
      });
    }
    await changeSection({ actor: officer, communicationId: id, position: 2, change: "up" });
    expect((await sectionsOf(id)).map((s) => s.heading)).toEqual(["Gardens", "Repairs", "Parking"]);
    await changeSection({ actor: officer, communicationId: id, position: 0, change: "remove" });
    await changeSection({ actor: officer, communicationId: id, position: 0, change: "remove" });
    await expect(changeSection({ actor: officer, communicationId: id, position: 0, change: "remove" })).rejects.toThrow(
      "at least one section",
    );
    await expect(changeSection({ actor: officer, communicationId: id, position: 0, change: "up" })).rejects.toThrow(
      "cannot move further",
    );
    expect((await sectionsOf(id)).map((s) => s.heading)).toEqual(["Parking"]);
  });
});
