"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { anonymiseCustomer } from "@/lib/people/anonymise-customer";
import { expireStaffOverview } from "@/lib/people/staff-overview";

export const anonymiseAction = formAction(AREA_ROLES.admin, {
  schema: z.object({ requestId: z.string().min(1).max(50) }),
  run: ({ requestId }, user) => anonymiseCustomer({ actor: user, requestId }),
  done: () => {
    expireStaffOverview();
    revalidatePath("/admin/deletion-requests");
    return { status: "ok", message: "The customer's personal information has been deleted." };
  },
});
