import { describe, expect, it } from "vitest";
import { ZCustomerUpload, ZImportConfirmation } from "@/lib/people/import/schemas";
import { chunks, customerChanges, homeChanges, MAX_UPLOAD_BYTES, planDigest, uploadProblem } from "@/lib/people/import/rules";
import type { ImportHome, ImportRow } from "@/lib/people/import/types";

const HOME: ImportHome = {
  reference: "H1",
  addressLine1: "1 Mill Lane",
  addressLine2: null,
  town: "Northvale",
  postcode: "NV1 2AB",
  area: "Riverside",
  stockType: "LCRA",
  hasCommunalAreas: false,
};

const ROW: ImportRow = {
  line: 2,
  reference: "C1",
  kind: "TENANT",
  status: "ACTIVE",
  firstName: "Morag",
  lastName: "Campbell",
  email: null,
  phone: null,
  home: HOME,
};

describe("comparing a line with the records", () => {
  it("names the home columns that differ, ignoring the case of the area's name", () => {
    expect(homeChanges(HOME, { ...HOME, area: "RIVERSIDE" })).toEqual([]);
    expect(homeChanges(HOME, { ...HOME, town: "Glen", addressLine2: "Upper flat", hasCommunalAreas: true })).toEqual([
      "address_line_2",
      "town",
      "communal_areas",
    ]);
  });

  it("names the customer columns that differ, including a move to another home", () => {
    const current = { kind: "TENANT" as const, status: "ACTIVE" as const, firstName: "Morag", lastName: "Campbell", email: null, phone: null, homeReference: "H1" };
    expect(customerChanges(ROW, current)).toEqual([]);
    expect(customerChanges({ ...ROW, status: "FORMER", email: "m@example.org", home: null }, current)).toEqual(["status", "email", "home_reference"]);
  });
});

describe("the plan's fingerprint", () => {
  it("changes when any line would be treated differently", () => {
    const plan = [{ line: 2, action: "update" as const, changes: ["email" as const] }];
    expect(planDigest(plan, [])).toBe(planDigest(structuredClone(plan), []));
    expect(planDigest(plan, [])).not.toBe(planDigest([{ ...plan[0]!, changes: ["phone"] }], []));
    expect(planDigest(plan, [])).not.toBe(planDigest([{ ...plan[0]!, action: "unchanged", changes: [] }], []));
    expect(planDigest(plan, [])).not.toBe(planDigest(plan, ["Meadowbank"]));
  });
});

describe("checking the uploaded file", () => {
  const file = (name: string, size: number, type = "") => ({ name, size, type });

  it("asks for a CSV file of a sensible size", () => {
    expect(uploadProblem(file("", 0, "application/octet-stream"))).toBe("Select a CSV file");
    expect(uploadProblem(file("blob", 0, "application/octet-stream"))).toBe("Select a CSV file");
    expect(uploadProblem(file("customers.xlsx", 10))).toMatch(/must be a CSV file/);
    expect(uploadProblem(file("customers.csv", 0))).toBe("The selected file is empty");
    expect(uploadProblem(file("customers.csv", MAX_UPLOAD_BYTES + 1))).toBe("The selected file must be smaller than 20 MB");
    expect(uploadProblem(file("CUSTOMERS.CSV", 10, "application/vnd.ms-excel"))).toBeUndefined();
    expect(uploadProblem(file("export", 10, "text/csv"))).toBeUndefined();
  });

  it("turns the problem into the form's message for the file field", () => {
    const missing = ZCustomerUpload.safeParse({ file: "" });
    expect(missing.error?.issues.map((i) => [i.path, i.message])).toEqual([[["file"], "Select a CSV file"]]);
    const wrong = ZCustomerUpload.safeParse({ file: new File(["x"], "photo.png", { type: "image/png" }) });
    expect(wrong.error?.issues[0]?.message).toMatch(/must be a CSV file/);
    expect(ZCustomerUpload.safeParse({ file: new File(["a,b"], "customers.csv", { type: "text/csv" }) }).success).toBe(true);
  });

  it("accepts a confirmation only with a stored file's id and a plan fingerprint", () => {
    const hex = "a".repeat(64);
    expect(ZImportConfirmation.safeParse({ upload: hex, plan: hex }).success).toBe(true);
    expect(ZImportConfirmation.safeParse({ upload: "../../etc/passwd", plan: hex }).success).toBe(false);
  });
});

describe("chunks", () => {
  it("splits a list into pieces of at most the given size", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });
});
