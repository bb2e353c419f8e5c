"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZComplaintsUpload } from "@/lib/complaints/schemas";
import { storeUpload } from "@/lib/uploads/upload-store";

// The file waits in the short-lived upload store, so the figures page can be reloaded and shared with colleagues.
export const uploadComplaintsAction = formAction(AREA_ROLES.staff, {
  schema: ZComplaintsUpload,
  run: ({ file }) => storeUpload(file),
  done: (upload, { from, to, homes }) => {
    const query = new URLSearchParams({ upload, from, to, ...(homes === undefined ? {} : { homes: String(homes) }) });
    redirect(`/staff/measures/complaints?${query}`);
  },
});
