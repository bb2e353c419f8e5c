import { describe, expect, it } from "vitest";
import { describeSize, documentProblem, MAX_DOCUMENT_BYTES, safeFileName } from "@/lib/consultations/document-rules";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("consultation documents", () => {
  it("takes a PDF by its first bytes and its name", () => {
    expect(documentProblem({ name: "Draft policy.PDF", size: 2000, firstBytes: bytes("%PDF-1.7\n") })).toBeNull();
  });

  it("refuses a renamed file, an empty file and one over 10 MB", () => {
    expect(documentProblem({ name: "budget.pdf", size: 2000, firstBytes: bytes("PK\u0003\u0004") })).toBe(
      "The file must be a PDF",
    );
    expect(documentProblem({ name: "policy.docx", size: 2000, firstBytes: bytes("%PDF-1.7") })).toBe(
      "The file must be a PDF",
    );
    expect(documentProblem({ name: "policy.pdf", size: 0, firstBytes: bytes("") })).toBe("Select a PDF file");
    expect(documentProblem({ name: "policy.pdf", size: MAX_DOCUMENT_BYTES + 1, firstBytes: bytes("%PDF-") })).toBe(
      "The file must be 10 MB or smaller",
    );
  });

  it("offers a download name that cannot break the header or leave the folder", () => {
    expect(safeFileName("../../etc/Draft policy (v2).pdf")).toBe("Draft-policy-v2-.pdf");
    expect(safeFileName('a"; evil=".pdf')).toBe("a-evil-.pdf");
    expect(safeFileName("C:\\Users\\me\\.pdf")).toBe("document.pdf");
  });

  it("says how big a document is before anyone opens it", () => {
    expect(describeSize(300)).toBe("PDF, 1 KB");
    expect(describeSize(245_000)).toBe("PDF, 239 KB");
    expect(describeSize(3_500_000)).toBe("PDF, 3.3 MB");
  });
});
