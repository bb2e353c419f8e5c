import { describe, expect, it } from "vitest";
import { byLine, checked, formatProblem, WHOLE_LINE } from "@/lib/uploads/problems";
import { readCsvRecords } from "@/lib/uploads/read-csv-records";
import { readRows } from "@/lib/uploads/read-rows";
import { readTable } from "@/lib/uploads/read-table";
import { chunks, MAX_UPLOAD_BYTES, previewDigest, sha256, uploadProblem } from "@/lib/uploads/rules";
import { ZCsvUpload, ZUploadConfirmation } from "@/lib/uploads/schemas";
import { z } from "zod";

describe("the preview digest", () => {
  const upload = sha256("respondent_ref,tenure\nR1,LCRA\n");

  it("is the same for the same file and the same preview, however the preview object was built", () => {
    expect(previewDigest(upload, [{ line: 2, ref: "R1" }])).toBe(
      previewDigest(upload, structuredClone([{ line: 2, ref: "R1" }])),
    );
    expect(previewDigest(upload, [])).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the file, and with anything the preview shows", () => {
    const digest = previewDigest(upload, [{ line: 2, ref: "R1" }]);
    expect(previewDigest(sha256("respondent_ref,tenure\nR1,LCHO\n"), [{ line: 2, ref: "R1" }])).not.toBe(digest);
    expect(previewDigest(upload, [{ line: 3, ref: "R1" }])).not.toBe(digest);
    expect(
      previewDigest(upload, [
        { line: 2, ref: "R1" },
        { line: 3, ref: "R2" },
      ]),
    ).not.toBe(digest);
  });

  it("names a file by the SHA-256 of its text", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("problems", () => {
  it("are written one way for every upload: line N: column X: what is wrong", () => {
    expect(formatProblem({ line: 4, column: "tenure", message: "must be LCRA or LCHO" })).toBe(
      "line 4: column tenure: must be LCRA or LCHO",
    );
    expect(formatProblem({ line: 1, column: WHOLE_LINE, message: "the file is empty: it needs a header row" })).toBe(
      "line 1: column *: the file is empty: it needs a header row",
    );
  });

  it("come back in line order, or the value when there are none", () => {
    const later = { line: 9, column: "a", message: "x" };
    const earlier = { line: 2, column: "b", message: "y" };
    expect([later, earlier].sort(byLine)).toEqual([earlier, later]);
    expect(checked("value", [])).toEqual({ ok: true, value: "value" });
    expect(checked("value", [later, earlier])).toEqual({ ok: false, problems: [earlier, later] });
  });

  it("word the same mistake the same way in every file: a missing column, a short line, a repeated reference", async () => {
    const columns = { required: ["ref", "stage"], optional: ["note"] };
    expect((await readTable("ref,note\nA,x\n", columns)).problems).toEqual([
      { line: 1, column: "stage", message: "the header row has no such column, and it is required" },
    ]);
    expect((await readTable("ref,stage\nA\n", columns)).problems).toEqual([
      { line: 2, column: "stage", message: "the line ends here: it has 1 values but the header row has 2" },
    ]);
    const unique = {
      column: "ref",
      key: (cell: (c: string) => string) => cell("ref").toLowerCase(),
      describe: (cell: (c: string) => string) => `reference ${cell("ref")}`,
    };
    const read = await readRows(
      "ref,stage\nA,1\na,2\n",
      columns,
      z.object({ ref: z.string(), stage: z.string(), note: z.string() }),
      unique,
    );
    expect(read.problems).toEqual([{ line: 3, column: "ref", message: "reference a is also on line 2" }]);
  });
});

describe("the CSV reader", () => {
  it("numbers records by the line they start on, across quoted line breaks, blank lines and Windows line endings", async () => {
    const { records, problem } = await readCsvRecords('\ufeffa,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n');
    expect(problem).toBeUndefined();
    expect(records).toEqual([
      { line: 1, values: ["a", "b"] },
      { line: 2, values: ["1", "two\nlines"] },
      { line: 5, values: ["3", "4"] },
    ]);
  });

  it("reads a file far bigger than one slice the same as a small one", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `R${i},"a, b",${i}`);
    const { records } = await readCsvRecords(["ref,text,n", ...lines].join("\n"));
    expect(records).toHaveLength(20_001);
    expect(records.at(-1)).toEqual({ line: 20_001, values: ["R19999", "a, b", "19999"] });
  });

  it("keeps line numbers right when Windows line endings fall across the slices it reads", async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `${i},"a\r\nb"`);
    const { records } = await readCsvRecords(["n,t", ...lines].join("\r\n"));
    expect(records).toHaveLength(30_001);
    expect(
      records.every(
        ({ line, values }, i) => i === 0 || (line === 2 * i && values[0] === String(i - 1) && values[1] === "a\nb"),
      ),
    ).toBe(true);
  });

  it("stops at a broken quote with the records before it", async () => {
    const { records, problem } = await readCsvRecords('a,b\n1,2\n3,"open\n5,6');
    expect(records).toHaveLength(2);
    expect(problem).toEqual({
      line: 3,
      message: 'a value starts with a quote mark (") that is never closed: check the quote marks on this line',
    });
  });

  it("lets other work run while it reads a big file", async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await readCsvRecords(["a,b", ...Array.from({ length: 100_000 }, (_, i) => `${i},x`)].join("\n"));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
  });
});

describe("checking the uploaded file", () => {
  const file = (name: string, size: number, type = "") => ({ name, size, type });

  it("asks for a CSV file of a sensible size", () => {
    expect(uploadProblem(file("", 0, "application/octet-stream"))).toBe("Select a CSV file");
    expect(uploadProblem(file("blob", 0, "application/octet-stream"))).toBe("Select a CSV file");
    expect(uploadProblem(file("customers.xlsx", 10))).toMatch(/must be a CSV file/);
    expect(uploadProblem(file("customers.csv", 0))).toBe("The selected file is empty");
    expect(uploadProblem(file("customers.csv", MAX_UPLOAD_BYTES + 1))).toBe(
      "The selected file must be smaller than 20 MB",
    );
    expect(uploadProblem(file("CUSTOMERS.CSV", 10, "application/vnd.ms-excel"))).toBeUndefined();
    expect(uploadProblem(file("export", 10, "text/csv"))).toBeUndefined();
  });

  it("turns the problem into the form's message for the file field", () => {
    const missing = ZCsvUpload.safeParse({ file: "" });
    expect(missing.error?.issues.map((i) => [i.path, i.message])).toEqual([[["file"], "Select a CSV file"]]);
    const wrong = ZCsvUpload.safeParse({ file: new File(["x"], "photo.png", { type: "image/png" }) });
    expect(wrong.error?.issues[0]?.message).toMatch(/must be a CSV file/);
    expect(ZCsvUpload.safeParse({ file: new File(["a,b"], "customers.csv", { type: "text/csv" }) }).success).toBe(true);
  });

  it("accepts a confirmation only with a stored file's id and a preview digest", () => {
    const hex = "a".repeat(64);
    expect(ZUploadConfirmation.safeParse({ upload: hex, digest: hex }).success).toBe(true);
    expect(ZUploadConfirmation.safeParse({ upload: "../../etc/passwd", digest: hex }).success).toBe(false);
    expect(ZUploadConfirmation.safeParse({ upload: hex }).success).toBe(false);
  });
});

describe("chunks", () => {
  it("splits a list into pieces of at most the given size", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });
});
