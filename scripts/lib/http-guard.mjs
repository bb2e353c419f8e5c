// Loaded first by `npm start` (scripts/start.mjs) and `npm run dev` (NODE_OPTIONS), before Next.js sees a request
// (docs/decisions/0019-security-second-round.md):
// - answers requests whose method a web Request cannot carry. Next.js turns every request into one before proxy.ts
//   runs, and undici throws for TRACE and TRACK (forbidden in the Fetch standard): a 500 on every address otherwise.
//   proxy.ts answers every other unused method (PUT, DELETE ...) with 405 itself;
// - records the address the connection came from in a header no client can set (any copy sent is replaced), for
//   the public forms' per-client limits when no trusted proxy is configured (lib/auth/client-ip.ts).
import http from "node:http";

const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);
/** Also named in lib/auth/client-ip.ts. */
const PEER_HEADER = "x-involve-peer";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function guardedEmit(event, ...args) {
  if (event !== "request") return emit.call(this, event, ...args);
  const [request, response] = args;
  if (FORBIDDEN_METHODS.has(request.method)) {
    response.writeHead(405, { allow: "GET, HEAD, POST, OPTIONS", "content-type": "text/plain; charset=utf-8" });
    response.end("This address does not answer that kind of request.");
    return true;
  }
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  return emit.call(this, event, ...args);
};
