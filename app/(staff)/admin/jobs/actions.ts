"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { jobLabel } from "@/lib/jobs/registry";
import { retryJob } from "@/lib/jobs/retry-job";

export const retryJobAction = formAction(AREA_ROLES.admin, {
  schema: z.object({ jobId: z.uuid("Choose a job to try again") }),
  run: ({ jobId }, user) => retryJob({ actor: user, jobId }),
  done: (job) => {
    revalidatePath("/admin/jobs");
    return { status: "ok", message: `${jobLabel(job.name)} will be tried again now.` };
  },
});
