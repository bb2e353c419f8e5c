import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { requiredDate } from "@/lib/forms";
import { fromUkDateTime } from "@/lib/uk-time";

vi.mock("@/lib/auth/session", () => ({ requireRole: vi.fn() }));
const { publicFormAction } = await import("@/lib/actions/form-action");

describe("unusual input", () => {
  it("refuses a NUL character beside its field without running the use case", async () => {
    const run = vi.fn();
    const action = publicFormAction({
      schema: z.object({ email: z.string() }),
      run,
      done: () => ({ status: "ok", message: "" }),
    });
    const data = new FormData();
    data.append("email", "a\u0000b@example.test");
    const state = await action({ status: "idle" }, data);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { email: "Remove the unusual characters from this answer" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses years outside 1900 to 2100 instead of rewriting them", () => {
    const date = requiredDate("Enter a date");
    expect(date.safeParse("0026-04-01").error?.issues[0]?.message).toBe(
      "Enter a year between 1900 and 2100, for example 2026",
    );
    expect(date.safeParse("2026-04-01").data).toEqual(new Date("2026-04-01T00:00:00Z"));
    expect(fromUkDateTime("0026-04-01T10:00")).toBeNull();
    expect(fromUkDateTime("2026-04-01T10:00")).toEqual(new Date("2026-04-01T09:00:00Z"));
  });
});

describe("outbox", () => {
  it("hides the token of reset and invitation links, and nothing else", async () => {
    const { maskAccountLinks } = await import("@/lib/mail/mask-links");
    const text =
      "Open http://x.test/reset-password/abc_DEF-123 or http://x.test/register/invitation/tok3n, see http://x.test/events/1";
    expect(maskAccountLinks(text)).toBe(
      "Open http://x.test/reset-password/[hidden: only the recipient sees this link] or http://x.test/register/invitation/[hidden: only the recipient sees this link], see http://x.test/events/1",
    );
  });
});
