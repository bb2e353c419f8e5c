"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { importUpload } from "@/lib/people/import/import-upload";
import { expireStaffOverview } from "@/lib/people/staff-overview";
import { ZCsvUpload, ZUploadConfirmation } from "@/lib/uploads/schemas";
import { storeUpload } from "@/lib/uploads/upload-store";

export const uploadCustomersAction = formAction(AREA_ROLES.staff, {
  schema: ZCsvUpload,
  run: ({ file }) => storeUpload(file),
  done: (upload) => redirect(`/staff/customers/import?upload=${upload}`),
});

export const confirmImportAction = formAction(AREA_ROLES.staff, {
  schema: ZUploadConfirmation,
  run: (confirmation, user) => importUpload({ actor: user, confirmation }),
  done: (result) => {
    expireStaffOverview();
    revalidatePath("/staff/customers");
    redirect(`/staff/customers/import?done=${result.eventId}`);
  },
});
