import http from "node:http";

export type RawAnswer = { status: number; size: number; location: string | null; setCookie: string[]; body: string };

/**
 * One request as a client may really send it, which fetch() will not: any method (TRACE included) and a body sent in
 * chunks without a Content-Length. Only the first 64 kB of the answer is kept; its full size is counted.
 */
export const rawRequest = (
  base: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer; chunked?: boolean },
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const url = new URL(options.path, base);
    const headers = { ...options.headers };
    if (options.body && !options.chunked) headers["content-length"] = String(options.body.length);
    const request = http.request(url, { method: options.method, headers }, (response) => {
      let size = 0;
      const kept: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        if (size < 65_536) kept.push(chunk);
        size += chunk.length;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          size,
          location: response.headers.location ?? null,
          setCookie: response.headers["set-cookie"] ?? [],
          body: Buffer.concat(kept).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    let answered = false;
    request.on("response", () => {
      answered = true;
    });
    // The server may answer (413) and close before the whole body is sent: that is an answer, not a failure.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    request.setTimeout(120_000, () => request.destroy(new Error("no answer in 2 minutes")));
    if (options.body) {
      // Sent in 64 kB pieces so a chunked body really streams.
      for (let at = 0; at < options.body.length; at += 65_536) request.write(options.body.subarray(at, at + 65_536));
    }
    request.end();
  });
