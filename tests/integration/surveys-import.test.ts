import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseSurveyCsv } from "@/lib/measures/parse-survey-csv";
import { tallyMeasures, TSM_MEASURES } from "@/lib/measures/perception";
import { importResponses } from "@/lib/surveys/import-responses";
import { openRound } from "@/lib/surveys/open-round";
import { previewResponsesFile } from "@/lib/surveys/queries";
import { getRoundResults } from "@/lib/surveys/round-results";
import { CHANGED_SINCE_PREVIEW } from "@/lib/uploads/confirm-upload";
import { storeUpload } from "@/lib/uploads/upload-store";
import { createUser } from "@/tests/factories/index";
import { createCustomer } from "@/tests/factories/people";

const upload = (text: string) => storeUpload(new Blob([text], { type: "text/csv" }));

const open2026 = async () => {
  const officer = await createUser({ role: "OFFICER" });
  const round = await openRound({ actor: officer, input: { year: 2026, regime: "ENGLAND", targetMargin: 4 } });
  return { officer, round: { id: round.id, regime: "ENGLAND" as const } };
};

/**
 * A file like the `measures` command's sample, 100 times over with fresh references: every third line leaves the
 * optional method blank, and the sample's screened-out answers (TP02 from someone with no repair, ...) come along.
 */
const commandLikeFile = () => {
  const [header, ...lines] = readFileSync("docs/samples/tsm-responses.csv", "utf8").trim().split("\n");
  const body = Array.from({ length: 100 }, (_, copy) =>
    lines.map((line, index) => {
      const cells = line.split(",");
      cells[0] = `R${copy}-${index}`;
      if ((copy * lines.length + index) % 3 === 0) cells[3] = "";
      return cells.join(",");
    }),
  ).flat();
  return [header, ...body].join("\n");
};

describe("the in-app survey import takes the command's file format", () => {
  it("imports a file with blank methods, storing them as not stated", async () => {
    const { officer, round } = await open2026();
    const text = commandLikeFile();
    const file = await upload(text);
    const preview = await previewResponsesFile(round, file);
    expect(preview).toMatchObject({ count: 600, problemCount: 0, methodNotStated: 200 });
    await importResponses({
      actor: officer,
      roundId: round.id,
      confirmation: { upload: file, digest: preview!.digest },
    });
    expect(await db.perceptionResponse.count({ where: { roundId: round.id, method: null } })).toBe(200);
    expect(await db.perceptionResponse.count({ where: { roundId: round.id, method: "TELEPHONE" } })).toBeGreaterThan(0);
  });

  it("lets only an imported row leave the method blank: the database refuses it on a customer's response", async () => {
    const { round } = await open2026();
    const customer = await createCustomer();
    await expect(
      db.perceptionResponse.create({
        data: {
          roundId: round.id,
          respondentRef: customer.reference,
          customerId: customer.id,
          tenure: "LCRA",
          tp01: 5,
        },
      }),
    ).rejects.toThrow(/PerceptionResponse_method_check/);
    await db.perceptionResponse.create({
      data: { roundId: round.id, respondentRef: "CONTRACTOR-1", tenure: "LCRA", tp01: 5 },
    });
    expect(await db.perceptionResponse.count({ where: { method: null } })).toBe(1);
  });

  it("reports the same ignored answers, and the same figures, as the command on the same file", async () => {
    const { officer, round } = await open2026();
    const text = commandLikeFile();
    const command = await parseSurveyCsv(text);
    if (!command.ok) throw new Error("the file should read cleanly");
    const expected = tallyMeasures(command.value, TSM_MEASURES);
    expect(Object.values(expected.ignored).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);

    const file = await upload(text);
    const preview = (await previewResponsesFile(round, file))!;
    expect(preview.ignored).toBe(Object.values(expected.ignored).reduce((sum, count) => sum + count, 0));
    await importResponses({
      actor: officer,
      roundId: round.id,
      confirmation: { upload: file, digest: preview.digest },
    });
    const inApp = await getRoundResults(round.id, "ENGLAND");
    expect(inApp.ignored).toEqual(expected.ignored);
    expect(inApp.measures).toEqual(expected.measures);
    expect(inApp.respondents).toEqual(expected.respondents);
  });
});

describe("confirming an upload is bound to the digest of what was previewed", () => {
  const HEADER = "respondent_ref,tenure,method,TP01";

  it("refuses a tampered digest and writes nothing, then imports with the previewed one", async () => {
    const { officer, round } = await open2026();
    const file = await upload([HEADER, "R1,LCRA,telephone,Very satisfied"].join("\n"));
    const { digest } = (await previewResponsesFile(round, file))!;
    const tampered = { upload: file, digest: digest.replace(/^./, (c) => (c === "0" ? "1" : "0")) };
    await expect(importResponses({ actor: officer, roundId: round.id, confirmation: tampered })).rejects.toThrow(
      CHANGED_SINCE_PREVIEW,
    );
    expect(await db.perceptionResponse.count()).toBe(0);
    expect(
      await importResponses({ actor: officer, roundId: round.id, confirmation: { upload: file, digest } }),
    ).toEqual({ count: 1 });
  });

  it("refuses another file confirmed with the first file's digest", async () => {
    const { officer, round } = await open2026();
    const checked = await upload([HEADER, "R1,LCRA,telephone,Very satisfied"].join("\n"));
    const other = await upload([HEADER, "R1,LCRA,telephone,Very dissatisfied"].join("\n"));
    const { digest } = (await previewResponsesFile(round, checked))!;
    await expect(
      importResponses({ actor: officer, roundId: round.id, confirmation: { upload: other, digest } }),
    ).rejects.toThrow(CHANGED_SINCE_PREVIEW);
    expect(await db.perceptionResponse.count()).toBe(0);
  });
});

describe("a file the database could not hold is refused before anything is stored", () => {
  it("names the line of a NUL character, and refuses bytes that are not UTF-8", async () => {
    await expect(upload("reference,tenure\nR1,LCRA\nR2,LC\u0000RA\n")).rejects.toMatchObject({
      fieldErrors: { file: expect.stringContaining("Line 3 has an empty (NUL) character") },
    });
    await expect(storeUpload(new Blob([new Uint8Array([0x72, 0x65, 0x66, 0xff, 0x0a])]))).rejects.toMatchObject({
      fieldErrors: { file: expect.stringContaining("must be saved as UTF-8") },
    });
  });
});
