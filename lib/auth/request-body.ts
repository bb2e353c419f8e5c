/**
 * Checks proxy.ts makes on a request's body before Next.js decodes it as a server action (docs/decisions/0019):
 * a body Next.js or React cannot decode is answered 500 there, so it is refused here with a 4xx instead.
 */
import type { Verdict } from "./request-guard";

/**
 * The body read as it streams, or "too-large" at the first byte over `limit`: a body sent in chunks has no
 * Content-Length to check in advance, so it is counted instead.
 */
export const readWithin = async (
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | "too-large"> => {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
};

/**
 * React's reply format marks references with a leading "$" ("$K1" is the form's fields, "$$x" a literal "$x").
 * Every form here sends plain values and its fields; any other reference (promises, maps, blobs, server
 * references) would make React's decoder fail or wait for parts that never come, so it is refused.
 */
const PLAIN_MARKER = /^\$(\$|K\d+$|undefined$|-0$|NaN$|-?Infinity$|D|n-?\d+$)/;

export const onlyPlainValues = (value: unknown, depth = 0): boolean => {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_MARKER.test(value);
  if (Array.isArray(value)) return value.every((item) => onlyPlainValues(item, depth + 1));
  if (value !== null && typeof value === "object")
    return Object.values(value).every((item) => onlyPlainValues(item, depth + 1));
  return true;
};

const parseJson = (text: FormDataEntryValue | null): unknown => {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** A call from the page's script: its arguments are part "0", a list of plain values and form references. */
const isWellFormedCall = (form: FormData) => {
  const args = parseJson(form.get("0"));
  return Array.isArray(args) && onlyPlainValues(args);
};

/**
 * A form posted without JavaScript: a field `$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with the action's id and its
 * bound arguments in `$ACTION_<n>:0` and `$ACTION_<n>:<k>`; every part named must be there and decode.
 */
const isWellFormedFormPost = (form: FormData) =>
  [...form.keys()]
    .filter((key) => key.startsWith("$ACTION_REF_"))
    .every((key) => {
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const meta = parseJson(form.get(`${prefix}0`));
      if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return false;
      const { id, bound } = meta as { id?: unknown; bound?: unknown };
      if (typeof id !== "string") return false;
      if (bound === null || bound === undefined) return true;
      const part = typeof bound === "string" ? /^\$@(\d+)$/.exec(bound)?.[1] : undefined;
      const args = part === undefined ? undefined : parseJson(form.get(`${prefix}${part}`));
      return Array.isArray(args) && onlyPlainValues(args);
    });

const BROKEN: Verdict = { status: 400, message: "The form sent was not complete. Go back and send it again." };

/**
 * Whether a POST's body can be decoded as the call it claims to be. `isCall` is a request from the page's script
 * (a `Next-Action` header): every action here takes a form, which React sends as multipart, or nothing, which it
 * sends as a JSON list in plain text.
 */
export const checkPostBody = async (request: {
  contentType: string;
  isCall: boolean;
  body: Uint8Array<ArrayBuffer>;
}): Promise<Verdict> => {
  const { contentType, isCall, body } = request;
  if (/^multipart\//i.test(contentType)) {
    if (!/^multipart\/form-data\s*;/i.test(contentType) || !/boundary=/i.test(contentType)) return BROKEN;
  } else if (isCall && /^text\/plain\b/i.test(contentType)) {
    // An action that reads none of its arguments (sign out) is called with the list alone, as text: "[]".
    const args = parseJson(new TextDecoder().decode(body));
    return Array.isArray(args) && onlyPlainValues(args) ? null : BROKEN;
  } else {
    // Next.js only decodes multipart bodies as forms; a post of anything else is answered like a visit.
    return isCall ? { status: 415, message: "This page only accepts its own forms." } : null;
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return BROKEN;
  }
  const wellFormed = isCall ? isWellFormedCall(form) : isWellFormedFormPost(form);
  return wellFormed ? null : BROKEN;
};
