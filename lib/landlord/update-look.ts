import { saveLandlordFields } from "./save-landlord-fields";
import type { Look } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

/** The header colour and logo. A new logo (address or upload) replaces the old one; "remove" clears both. */
export const updateLook = async ({ actor, look }: { actor: Actor; look: Look }) => {
  const logo = look.logoFile
    ? { logoPath: null, logoImage: new Uint8Array(await look.logoFile.arrayBuffer()), logoType: look.logoFile.type }
    : look.logoPath
      ? { logoPath: look.logoPath, logoImage: null, logoType: null }
      : look.removeLogo
        ? { logoPath: null, logoImage: null, logoType: null }
        : {};
  await saveLandlordFields({
    actor,
    action: "landlord.look.updated",
    fields: { brandColour: look.brandColour ?? null, ...logo },
  });
};
