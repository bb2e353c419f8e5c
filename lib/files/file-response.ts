/**
 * Who may keep a served file, and for how long: files only their owner or a group may open are never kept
 * (`personal`) or kept by that browser for five minutes (`private`); a sent newsletter's picture by anyone for a day
 * (`public`); the landlord's logo, whose address changes with it, for a year (`immutable`).
 */
const CACHE = {
  personal: "private, no-store",
  private: "private, max-age=300",
  public: "public, max-age=86400",
  immutable: "public, max-age=31536000, immutable",
} as const;

/**
 * A stored file, shown in the browser as the type its bytes were checked to be on upload and never sniffed as
 * another (a picture that is really a page of script stays a picture). Names are made safe on upload.
 */
export const fileResponse = (file: { bytes: Uint8Array; type: string; fileName?: string }, cache: keyof typeof CACHE) =>
  new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": file.fileName ? `inline; filename="${file.fileName}"` : "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": CACHE[cache],
    },
  });

/** The same plain 404 whether the file does not exist or is not this person's to open. */
export const fileNotFound = (what: string) =>
  new Response(`We could not find that ${what}.`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
