import { getLandlordLogo } from "@/lib/landlord/queries";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

/** The uploaded logo. Only raster types are accepted on upload, and it is never read as anything else. */
export const GET = async () => {
  const logo = await getLandlordLogo();
  if (!logo?.logoImage || !logo.logoType) return fileNotFound("logo");
  return fileResponse({ bytes: logo.logoImage, type: logo.logoType }, "immutable");
};
