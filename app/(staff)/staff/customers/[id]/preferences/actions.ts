"use server";

import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZAssistedPreferences } from "@/lib/people/schemas";
import { updateCustomerPreferences } from "@/lib/people/update-customer-preferences";

export const updatePreferencesForCustomerAction = formAction(AREA_ROLES.staff, {
  schema: ZAssistedPreferences,
  run: ({ customerId, reason, ...preferences }, user) =>
    updateCustomerPreferences({ customerId, preferences, assistedBy: { actorId: user.id, reason } }),
  done: () => ({ status: "ok", message: "The customer's preferences have been saved." }),
});
