import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";

const requireRole = vi.fn();
vi.mock("@/lib/auth/session", () => ({ requireRole }));

const { formAction, publicFormAction } = await import("@/lib/actions/form-action");

const schema = z.object({ name: z.string().min(1, "Enter a name"), password: z.string() });

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

describe("formAction", () => {
  beforeEach(() => {
    requireRole.mockReset();
  });

  it("checks the role before anything else, even on a direct POST", async () => {
    requireRole.mockRejectedValue(new Error("NEXT_HTTP_ERROR_FALLBACK;403"));
    const run = vi.fn();
    const action = formAction(["ADMIN"], { schema, run, done: () => ({ status: "ok", message: "" }) });
    await expect(action({ status: "idle" }, form({ name: "x", password: "y" }))).rejects.toThrow("403");
    expect(requireRole).toHaveBeenCalledWith(["ADMIN"]);
    expect(run).not.toHaveBeenCalled();
  });

  it("returns field errors and echoes what was typed, except secrets, without running the use case", async () => {
    const run = vi.fn();
    const action = publicFormAction({ schema, run, done: () => ({ status: "ok", message: "" }) });
    const state = await action({ status: "idle" }, form({ name: "", password: "hunter2", extra: "kept" }));
    expect(state).toEqual({
      status: "error",
      message: "There is a problem with what you entered. Check the answers marked below.",
      fieldErrors: { name: "Enter a name" },
      values: { name: "", extra: "kept" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("turns a refusal from the use case into the form's message", async () => {
    requireRole.mockResolvedValue({ id: "u1", role: "ADMIN" });
    const action = formAction(["ADMIN"], {
      schema,
      run: async () => {
        throw new DomainError("Consultation is closed", { name: "Closed" });
      },
      done: () => ({ status: "ok", message: "" }),
    });
    const state = await action({ status: "idle" }, form({ name: "a", password: "b" }));
    expect(state).toMatchObject({
      status: "error",
      message: "Consultation is closed",
      fieldErrors: { name: "Closed" },
    });
  });

  it("lets unexpected faults through rather than calling them user errors", async () => {
    const action = publicFormAction({
      schema,
      run: async () => {
        throw new Error("database down");
      },
      done: () => ({ status: "ok", message: "" }),
    });
    await expect(action({ status: "idle" }, form({ name: "a", password: "b" }))).rejects.toThrow("database down");
  });

  it("passes the parsed input and the user to the use case, then finishes with done", async () => {
    requireRole.mockResolvedValue({ id: "u1", role: "OFFICER" });
    const run = vi.fn().mockResolvedValue(7);
    const action = formAction(["OFFICER"], {
      schema,
      run,
      done: (result) => ({ status: "ok", message: `saved ${result}` }),
    });
    expect(await action({ status: "idle" }, form({ name: "a", password: "b" }))).toEqual({
      status: "ok",
      message: "saved 7",
    });
    expect(run).toHaveBeenCalledWith({ name: "a", password: "b" }, { id: "u1", role: "OFFICER" });
  });
});
