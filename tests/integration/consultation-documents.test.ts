import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attachDocument, removeDocument } from "@/lib/consultations/attach-document";
import { openDocument } from "@/lib/consultations/documents";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createConsultation } from "@/tests/factories/consultations";
import { createUser } from "@/tests/factories";

const pdf = (name = "Draft repairs policy.pdf", body = "%PDF-1.7\nthe draft policy\n%%EOF") =>
  new File([body], name, { type: "application/pdf" });

const storedFile = (sha256: string) => path.resolve(env.FILES_DIR, sha256);

describe("documents attached to a consultation", () => {
  it("stores a PDF, lists it and audits who attached it", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation } = await createConsultation();
    const document = await attachDocument({
      actor: officer,
      consultationId: consultation.id,
      title: "Draft repairs policy",
      file: pdf(),
    });
    expect(document).toMatchObject({ fileName: "Draft-repairs-policy.pdf", sizeBytes: pdf().size });
    expect(existsSync(storedFile(document.sha256))).toBe(true);
    const opened = await openDocument({ consultationId: consultation.id, documentId: document.id }, null);
    expect(opened && Buffer.from(opened.bytes).toString()).toContain("the draft policy");
    expect(
      await db.auditEvent.count({ where: { actorId: officer.id, action: "consultation.document_attached" } }),
    ).toBe(1);
  });

  it("refuses a file that is not a PDF, beside the file field, storing nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation } = await createConsultation();
    const renamed = new File(["PK\u0003\u0004 a spreadsheet"], "budget.pdf");
    await expect(
      attachDocument({ actor: officer, consultationId: consultation.id, title: "Budget", file: renamed }),
    ).rejects.toMatchObject({
      fieldErrors: { file: "The file must be a PDF" },
    });
    expect(await db.consultationDocument.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("shows a draft's documents to staff only", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation } = await createConsultation({ status: "DRAFT" });
    const document = await attachDocument({
      actor: officer,
      consultationId: consultation.id,
      title: "Early draft",
      file: pdf(),
    });
    const ids = { consultationId: consultation.id, documentId: document.id };
    expect(await openDocument(ids, null)).toBeNull();
    expect(await openDocument(ids, "TENANT")).toBeNull();
    expect(await openDocument(ids, "OFFICER")).not.toBeNull();
    expect(await openDocument({ ...ids, consultationId: "another" }, "OFFICER")).toBeNull();
  });

  it("removes a document, and its file once no consultation uses it", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const first = (await createConsultation()).consultation;
    const second = (await createConsultation()).consultation;
    const one = await attachDocument({
      actor: officer,
      consultationId: first.id,
      title: "Shared summary",
      file: pdf(),
    });
    const two = await attachDocument({
      actor: officer,
      consultationId: second.id,
      title: "Shared summary",
      file: pdf(),
    });
    expect(two.sha256).toBe(one.sha256);
    await removeDocument({ actor: officer, consultationId: first.id, documentId: one.id });
    expect(existsSync(storedFile(one.sha256))).toBe(true);
    await removeDocument({ actor: officer, consultationId: second.id, documentId: two.id });
    expect(existsSync(storedFile(one.sha256))).toBe(false);
    await expect(removeDocument({ actor: officer, consultationId: second.id, documentId: two.id })).rejects.toThrow(
      "already been removed",
    );
    expect(await db.auditEvent.count({ where: { action: "consultation.document_removed" } })).toBe(2);
  });
});
