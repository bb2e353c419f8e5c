// Answers when the server is up: scripts/lib/next-server.ts waits for it.
export const GET = () => new Response("ok");
