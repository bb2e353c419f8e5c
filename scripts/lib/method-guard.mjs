// Loaded first by `npm start` (scripts/start.mjs) and `npm run dev` (NODE_OPTIONS): answers requests whose method
// a web Request cannot carry. Next.js turns every request into one before proxy.ts runs, and undici throws for
// TRACE and TRACK (forbidden methods in the Fetch standard), so without this they get a 500 on every address.
// proxy.ts answers every other unused method (PUT, DELETE ...) with 405 itself (docs/decisions/0019).
import http from "node:http";

const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function guardedEmit(event, ...args) {
  const [request, response] = args;
  if (event === "request" && FORBIDDEN_METHODS.has(request.method)) {
    response.writeHead(405, { allow: "GET, HEAD, POST, OPTIONS", "content-type": "text/plain; charset=utf-8" });
    response.end("This address does not answer that kind of request.");
    return true;
  }
  return emit.call(this, event, ...args);
};
