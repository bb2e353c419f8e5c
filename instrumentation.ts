/** Next.js calls this once when the server starts. */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too while it prerenders; the build never opens the database.
  const { isBuildPhase } = await import("@/lib/cache/build-phase");
  if (isBuildPhase()) return;
  const { startScheduledJobs } = await import("@/lib/jobs/scheduler");
  startScheduledJobs();
};
