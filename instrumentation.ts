/** Next.js calls this once when the server starts. */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduledJobs } = await import("@/lib/jobs/scheduler");
  startScheduledJobs();
};
