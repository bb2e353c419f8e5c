import "server-only";
import { revalidatePath, unstable_cache, updateTag } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import { landlordLook, type LandlordLook } from "./queries";
import { isBuildPhase } from "@/lib/build-phase";

const LANDLORD_TAG = "landlord";
/** How long another server may show an old name or look after an administrator changes it (decision 16). */
const CHROME_SECONDS = 60;

export type LandlordChrome = { name: string; look: LandlordLook };

const UNNAMED: LandlordChrome = { name: "Involve", look: landlordLook(null) };

const readChrome = async (): Promise<LandlordChrome> => {
  const landlord = await db.landlord.findUnique({
    where: { id: 1 },
    select: { name: true, brandColour: true, logoPath: true, logoType: true, updatedAt: true },
  });
  return landlord ? { name: landlord.name, look: landlordLook(landlord) } : UNNAMED;
};

/**
 * The landlord's name, colour and logo that every page's title, header and footer show: the same for everyone and
 * changed only by an administrator, so kept in Next's data cache instead of read on every request (one query was
 * about a fifth of a light page's cost, decision 18). The build renders pages without the database.
 */
export const getLandlordChrome = cache(async (): Promise<LandlordChrome> =>
  isBuildPhase()
    ? UNNAMED
    : unstable_cache(readChrome, ["landlord-chrome"], { revalidate: CHROME_SECONDS, tags: [LANDLORD_TAG] })(),
);

/** After an administrator changes the landlord's settings: every page, and the cached name and look, afresh. */
export const expireLandlordEverywhere = () => {
  updateTag(LANDLORD_TAG);
  revalidatePath("/", "layout");
};
