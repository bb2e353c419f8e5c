"use server";

import { forbidden } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZCustomerPreferences } from "@/lib/people/schemas";
import { updateCustomerPreferences } from "@/lib/people/update-customer-preferences";

export const updateMyPreferencesAction = formAction(AREA_ROLES.tenant, {
  schema: ZCustomerPreferences,
  run: async (preferences, user) => {
    // The customer comes from the session, never from the form, so nobody can edit someone else's.
    if (!user.customerId) forbidden();
    await updateCustomerPreferences({ customerId: user.customerId, preferences });
  },
  done: () => ({ status: "ok", message: "Your preferences have been saved." }),
});
