import cluster from "node:cluster";
import { createServer } from "node:http";
const port = Number(process.env.PORT ?? 3400);
const workers = Number(process.env.WORKERS ?? 2);
if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: "127.0.0.1", port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  createServer((req, res) => handle(req, res)).listen(port, "127.0.0.1");
}
