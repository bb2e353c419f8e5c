import { describe, expect, it } from "vitest";
import { checkPhoto, MAX_PHOTO_BYTES } from "@/lib/feedback/photo-rules";

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);

describe("a photo sent with feedback", () => {
  it("is known by its own first bytes: JPEG or PNG", () => {
    expect(checkPhoto(bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ type: "image/jpeg" });
    expect(checkPhoto(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({ type: "image/png" });
  });

  it("refuses anything else, whatever it is called, and anything too large", () => {
    expect(checkPhoto(new TextEncoder().encode("<svg onload=alert(1)>"))).toEqual({
      problem: "The photo must be a JPEG or PNG image",
    });
    expect(checkPhoto(new TextEncoder().encode("%PDF-1.7"))).toEqual({
      problem: "The photo must be a JPEG or PNG image",
    });
    const large = new Uint8Array(MAX_PHOTO_BYTES + 1);
    large.set([0xff, 0xd8, 0xff]);
    expect(checkPhoto(large)).toEqual({ problem: "The photo must be 5 MB or smaller" });
  });
});
