import { checkHealth } from "@/lib/health";

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export const GET = async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
};
