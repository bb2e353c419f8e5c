import { getLandlordLogo } from "@/lib/landlord/queries";

/** The uploaded logo. Only raster types are accepted on upload, and nosniff stops a browser reading it as anything else. */
export const GET = async () => {
  const logo = await getLandlordLogo();
  if (!logo?.logoImage || !logo.logoType) return new Response("No logo", { status: 404 });
  return new Response(Buffer.from(logo.logoImage), {
    headers: {
      "Content-Type": logo.logoType,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
};
