"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { importUpload } from "@/lib/people/import/import-upload";
import { ZCustomerUpload, ZImportConfirmation } from "@/lib/people/import/schemas";
import { storeUpload } from "@/lib/uploads/upload-store";

export const uploadCustomersAction = formAction(AREA_ROLES.staff, {
  schema: ZCustomerUpload,
  run: ({ file }) => storeUpload(file),
  done: (upload) => redirect(`/staff/customers/import?upload=${upload}`),
});

export const confirmImportAction = formAction(AREA_ROLES.staff, {
  schema: ZImportConfirmation,
  run: ({ upload, plan }, user) => importUpload({ actor: user, upload, plan }),
  done: (result) => {
    revalidatePath("/staff/customers");
    redirect(`/staff/customers/import?done=${result.eventId}`);
  },
});
