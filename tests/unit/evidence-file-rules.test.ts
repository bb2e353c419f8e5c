import { describe, expect, it } from "vitest";
import { checkEvidenceFile, evidenceFileName, MAX_EVIDENCE_FILE_BYTES } from "@/lib/scrutiny/evidence-file-rules";

const bytes = (...start: number[]) => new Uint8Array([...start, 0, 1, 2, 3]);

describe("evidence files", () => {
  it("takes the type from the file's own bytes: PDF, JPEG or PNG", () => {
    expect(checkEvidenceFile(new TextEncoder().encode("%PDF-1.4\n%%EOF"))).toEqual({ type: "application/pdf" });
    expect(checkEvidenceFile(bytes(0xff, 0xd8, 0xff))).toEqual({ type: "image/jpeg" });
    expect(checkEvidenceFile(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({ type: "image/png" });
  });

  it("refuses anything else, an empty file and one over 10 MB", () => {
    expect(checkEvidenceFile(new TextEncoder().encode("<html>not a pdf</html>"))).toEqual({
      problem: "The file must be a PDF, JPEG or PNG",
    });
    expect(checkEvidenceFile(new Uint8Array())).toEqual({ problem: "The file is empty" });
    const big = new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkEvidenceFile(big)).toEqual({ problem: "The file must be 10 MB or smaller" });
  });

  it("names the download safely, with the extension of the type found", () => {
    expect(evidenceFileName("C:\\photos\\Damp wall (1).png", "image/jpeg")).toBe("Damp-wall-1.jpg");
    expect(evidenceFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(evidenceFileName("", "image/png")).toBe("evidence.png");
  });
});
