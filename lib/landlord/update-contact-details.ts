import { saveLandlordFields } from "./save-landlord-fields";
import type { ContactDetails } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

/** Phone, email, address and opening hours; a field left empty is cleared. */
export const updateContactDetails = ({ actor, details }: { actor: Actor; details: ContactDetails }) =>
  saveLandlordFields({
    actor,
    action: "landlord.contact.updated",
    fields: {
      contactPhone: details.contactPhone ?? null,
      contactEmail: details.contactEmail ?? null,
      contactAddress: details.contactAddress ?? null,
      openingHours: details.openingHours ?? null,
    },
  });
