import { checkHealth } from "@/lib/health";

// Asks the database on every request, never at build time: the answer is only true now.
export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export const GET = async () => {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
};
