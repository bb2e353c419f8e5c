"use server";

import { expireLandlordEverywhere } from "@/lib/landlord/chrome";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZContactDetails, ZLook, ZStatementSettings } from "@/lib/landlord/schemas";
import { updateContactDetails } from "@/lib/landlord/update-contact-details";
import { updateLook } from "@/lib/landlord/update-look";
import { updateStatements } from "@/lib/landlord/update-statements";

// Every page shows the footer, header and sign-offs these feed.
const saved = (message: string) => {
  expireLandlordEverywhere();
  return { status: "ok" as const, message };
};

export const updateContactAction = formAction(AREA_ROLES.admin, {
  schema: ZContactDetails,
  run: (details, user) => updateContactDetails({ actor: user, details }),
  done: () => saved("The contact details have been saved. The contact page and emails now show them."),
});

export const updateStatementsAction = formAction(AREA_ROLES.admin, {
  schema: ZStatementSettings,
  run: (statements, user) => updateStatements({ actor: user, statements }),
  done: () => saved("The statements have been saved."),
});

export const updateLookAction = formAction(AREA_ROLES.admin, {
  schema: ZLook,
  run: (look, user) => updateLook({ actor: user, look }),
  done: () => saved("The colour and logo have been saved."),
});
