import { describe, expect, it } from "vitest";
import { checkPostBody, onlyPlainValues, readWithin } from "@/lib/auth/request-body";

// A long boundary, as browsers send: Node 20's parser fails a part whose text contains a short one.
const BOUNDARY = "----formdata-probe-7c1e";
const multipart = (parts: [string, string][]) => ({
  contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  body: Buffer.from(
    `${parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${BOUNDARY}--\r\n`,
  ),
});

const streamOf = (chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });

describe("a request body counted as it streams", () => {
  it("returns the body within the limit and stops at the first byte over it", async () => {
    expect((await readWithin(streamOf([4, 4]), 8)) as Uint8Array).toHaveLength(8);
    expect(await readWithin(streamOf([4, 4, 1]), 8)).toBe("too-large");
    expect(await readWithin(null, 8)).toHaveLength(0);
  });
});

describe("a POST body checked before Next.js decodes it", () => {
  it("accepts a form call as React sends it, and a form posted without JavaScript", async () => {
    const call = multipart([
      ["0", '[{"status":"idle","values":{"x":"$$5"}},"$K1"]'],
      ["1_email", "a@b.c"],
    ]);
    expect(await checkPostBody({ ...call, isCall: true })).toBeNull();
    const post = multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"idle"}]'],
      ["email", "a@b.c"],
    ]);
    expect(await checkPostBody({ ...post, isCall: false })).toBeNull();
  });

  it.each([
    ["JSON", "application/json", '{"a":1}'],
    ["a URL-encoded form", "application/x-www-form-urlencoded", "a=1"],
  ])("refuses a call sent as %s with 415", async (_kind, contentType, body) => {
    expect(await checkPostBody({ contentType, body: Buffer.from(body), isCall: true })).toMatchObject({ status: 415 });
  });

  it.each([
    ["no boundary", { contentType: "multipart/form-data", body: Buffer.from("x") }, true],
    [
      "a cut-off body",
      { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.from(`--${BOUNDARY}\r\nContent-`) },
      true,
    ],
    ["arguments that are not JSON", multipart([["0", "nope"]]), true],
    ["arguments that are not a list", multipart([["0", '{"a":1}']]), true],
    ["a reference to a promise", multipart([["0", '["$@3"]']]), true],
    ["a reference to a map", multipart([["0", '[{"x":"$Q1"}]']]), true],
    ["no arguments at all", multipart([["1_email", "x"]]), true],
    ["a form's action metadata missing", multipart([["$ACTION_REF_1", ""]]), false],
    [
      "a form's action metadata broken",
      multipart([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "{"],
      ]),
      false,
    ],
    [
      "a form's bound arguments missing",
      multipart([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"a","bound":"$@1"}'],
      ]),
      false,
    ],
  ])("refuses %s with 400", async (_kind, request, isCall) => {
    expect(await checkPostBody({ ...request, isCall })).toMatchObject({ status: 400 });
  });

  it("accepts a call of an action without arguments, sent as a plain-text list, and nothing else as text", async () => {
    const text = (body: string) => ({ contentType: "text/plain;charset=UTF-8", body: Buffer.from(body), isCall: true });
    expect(await checkPostBody(text("[]"))).toBeNull();
    expect(await checkPostBody(text("not json"))).toMatchObject({ status: 400 });
    expect(await checkPostBody(text('{"a":1}'))).toMatchObject({ status: 400 });
    expect(await checkPostBody(text('["$@1"]'))).toMatchObject({ status: 400 });
  });

  it("leaves other posts to the page: a plain form to a route, a page's own multipart form", async () => {
    const form = { contentType: "application/x-www-form-urlencoded", body: Buffer.from("List-Unsubscribe=One-Click") };
    expect(await checkPostBody({ ...form, isCall: false })).toBeNull();
    expect(await checkPostBody({ ...multipart([["email", "a"]]), isCall: false })).toBeNull();
  });

  it("allows only plain values and form references, however deep", () => {
    expect(onlyPlainValues(["$$x", "$K2", "$undefined", "$D2026-01-01", "$n12", "plain", 1, null])).toBe(true);
    expect(onlyPlainValues([{ a: [{ b: "$T" }] }])).toBe(false);
    expect(onlyPlainValues(JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`))).toBe(false);
  });
});
