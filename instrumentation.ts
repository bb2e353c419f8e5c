/** Next.js calls this once when the server starts. */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too while it prerenders; the build never opens the database.
  const { isBuildPhase } = await import("@/lib/build-phase");
  if (isBuildPhase()) return;
  const { env } = await import("@/lib/env");
  // The embedded database belongs to this process, so its jobs can only run here.
  if (env.JOBS_IN_WEB === "0" && env.DATABASE_URL) return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  startJobWorker().catch((error: unknown) => console.error("Background jobs could not start.", error));
};
