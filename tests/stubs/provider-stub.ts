// A local stand-in for GOV.UK Notify's and Twilio's APIs, as their documentation describes them: the transport tests
// and `npm run bench -- send` send to it. The recipient decides the answer: "rate" (429), "bad" (400), "slow" (no
// answer), anything else is accepted. A wrong key is refused as the real services refuse it.
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const NOTIFY_SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
export const NOTIFY_SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
export const NOTIFY_API_KEY = `involve_test-${NOTIFY_SERVICE_ID}-${NOTIFY_SECRET}`;
export const TWILIO_SID = "AC00000000000000000000000000000001";
export const TWILIO_TOKEN = "twilio-test-auth-token";

const base64url = (value: Buffer) => value.toString("base64url");

// Notify's key is a JWT signed with the key's secret, issued by the service id (HS256).
const notifyKeyAccepted = (authorization: string | undefined) => {
  const [header, payload, signature] = (authorization?.replace(/^Bearer /, "") ?? "").split(".");
  if (!header || !payload || !signature) return false;
  const expected = base64url(createHmac("sha256", NOTIFY_SECRET).update(`${header}.${payload}`).digest());
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { iss?: string };
  return expected === signature && claims.iss === NOTIFY_SERVICE_ID;
};

const twilioKeyAccepted = (authorization: string | undefined) =>
  authorization === `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString("base64")}`;

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
};

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};

const notifyError = (response: ServerResponse, status: number, error: string, message: string) =>
  json(response, status, { status_code: status, errors: [{ error, message }] });

const answerNotify = (request: IncomingMessage, response: ServerResponse, recipient: string) => {
  if (!notifyKeyAccepted(request.headers.authorization)) {
    return notifyError(response, 403, "AuthError", "Invalid token: API key not found");
  }
  if (recipient.startsWith("rate"))
    return notifyError(
      response,
      429,
      "RateLimitError",
      "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
    );
  if (recipient.startsWith("bad"))
    return notifyError(response, 400, "ValidationError", "email_address Not a valid email address");
  return json(response, 201, { id: randomUUID(), reference: null, content: {}, uri: "", template: {} });
};

const answerTwilio = (request: IncomingMessage, response: ServerResponse, recipient: string) => {
  if (!twilioKeyAccepted(request.headers.authorization)) {
    return json(response, 401, { code: 20003, message: "Authenticate", status: 401 });
  }
  if (recipient.endsWith("429")) return json(response, 429, { code: 20429, message: "Too Many Requests", status: 429 });
  if (recipient.endsWith("400"))
    return json(response, 400, { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 });
  return json(response, 201, { sid: `SM${randomUUID().replaceAll("-", "")}`, status: "queued" });
};

export type ProviderStub = { url: string; received: number; close: () => Promise<void> };

export const startProviderStub = async (): Promise<ProviderStub> => {
  const stub = { url: "", received: 0, close: async () => {} };
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    stub.received += 1;
    if (request.url?.startsWith("/v2/notifications/")) {
      const data = JSON.parse(body || "{}") as Record<string, unknown>;
      const personalisation = (data.personalisation ?? {}) as Record<string, string>;
      const recipient = String(data.email_address ?? data.phone_number ?? personalisation.address_line_1 ?? "");
      if (recipient.startsWith("slow")) return; // never answers
      return answerNotify(request, response, recipient);
    }
    if (request.url?.endsWith("/Messages.json")) {
      const recipient = new URLSearchParams(body).get("To") ?? "";
      if (recipient.endsWith("999")) return; // never answers
      return answerTwilio(request, response, recipient);
    }
    json(response, 404, { message: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
};
