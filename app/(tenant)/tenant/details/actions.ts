"use server";

import { tenantFormAction } from "@/lib/actions/form-action";
import { ZCustomerPreferences } from "@/lib/people/schemas";
import { updateCustomerPreferences } from "@/lib/people/update-customer-preferences";

export const updateMyPreferencesAction = tenantFormAction({
  schema: ZCustomerPreferences,
  run: (preferences, { customerId }) => updateCustomerPreferences({ customerId, preferences }),
  done: () => ({ status: "ok", message: "Your preferences have been saved." }),
});
