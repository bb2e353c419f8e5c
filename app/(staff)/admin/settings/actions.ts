"use server";

import { expireLandlordEverywhere } from "@/lib/landlord/chrome";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZLandlordSettings } from "@/lib/landlord/schemas";
import { updateLandlordSettings } from "@/lib/landlord/update-landlord-settings";

export const updateSettingsAction = formAction(AREA_ROLES.admin, {
  schema: ZLandlordSettings,
  run: (settings, user) => updateLandlordSettings({ actor: user, settings }),
  done: () => {
    expireLandlordEverywhere();
    return { status: "ok", message: "The settings have been saved." };
  },
});
