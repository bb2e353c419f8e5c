import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { jobCounts, listUnfinishedJobs, type JobState } from "@/lib/jobs/queries";
import { jobLabel } from "@/lib/jobs/registry";
import { RetryButton } from "./retry-button";

export const metadata: Metadata = { title: "Background jobs" };

const STATE_NAMES: Record<JobState, string> = {
  created: "Waiting",
  retry: "Waiting to try again",
  active: "Running",
  completed: "Done",
  cancelled: "Cancelled",
  failed: "Failed",
};

const JobsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const [counts, jobs] = await Promise.all([jobCounts(), listUnfinishedJobs()]);
  return (
    <>
      <PageHeading>Background jobs</PageHeading>
      <p className="mb-6 max-w-2xl">
        Notices, reminders and messages are sent by background jobs. A job that fails is tried again after a wait that
        doubles each time; after the last try it shows here as failed, and you can try it again.
      </p>
      <h2 className="mb-2 text-2xl font-bold">Jobs by state</h2>
      {counts.length === 0 ? (
        <p className="mb-6">No jobs have run yet.</p>
      ) : (
        <DataTable
          caption="Number of jobs of each kind in each state"
          rows={counts}
          rowKey={(row) => `${row.name}-${row.state}`}
          columns={[
            { header: "Job", cell: (row) => jobLabel(row.name) },
            { header: "State", cell: (row) => STATE_NAMES[row.state] },
            { header: "Number", cell: (row) => row.count },
          ]}
        />
      )}
      <h2 className="mt-8 mb-2 text-2xl font-bold">Waiting, running and failed</h2>
      {jobs.length === 0 ? (
        <p>Nothing is waiting, running or failed.</p>
      ) : (
        <DataTable
          caption="Jobs not yet done, failed first"
          rows={jobs}
          rowKey={(job) => job.id}
          columns={[
            { header: "Job", cell: (job) => jobLabel(job.name) },
            { header: "State", cell: (job) => STATE_NAMES[job.state] },
            { header: "Added", cell: (job) => formatDateTime(job.createdOn) },
            { header: "Tries", cell: (job) => job.retryCount + 1 },
            { header: "Problem", cell: (job) => job.problem ?? "", className: "break-all" },
            {
              header: "Action",
              cell: (job) => (job.state === "failed" ? <RetryButton jobId={job.id} label={jobLabel(job.name)} /> : ""),
            },
          ]}
        />
      )}
    </>
  );
};

export default JobsPage;
