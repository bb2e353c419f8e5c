import { describe, expect, it } from "vitest";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

describe("serving a stored file", () => {
  it("serves it inline as its checked type, never sniffed, cached only as its owner allows", async () => {
    const response = fileResponse(
      { bytes: new Uint8Array([37, 80, 68, 70]), type: "application/pdf", fileName: "minutes.pdf" },
      "personal",
    );
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="minutes.pdf"',
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([37, 80, 68, 70]);
  });

  it("names no file when it has no name, and lets shared caches keep only public ones", () => {
    const picture = fileResponse({ bytes: new Uint8Array([1]), type: "image/png" }, "public");
    expect(picture.headers.get("content-disposition")).toBe("inline");
    expect(picture.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(
      fileResponse({ bytes: new Uint8Array([1]), type: "image/png" }, "private").headers.get("cache-control"),
    ).toBe("private, max-age=300");
  });

  it("answers a plain 404 that says what was not found", async () => {
    const response = fileNotFound("paper");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("We could not find that paper.");
  });
});
