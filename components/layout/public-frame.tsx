import { getLandlord, getLandlordLook } from "@/lib/landlord/queries";
import { MainContent } from "./main-content";
import { SiteHeader } from "./site-header";

/**
 * Header and main landmark for public pages and for the not-found and forbidden pages, whoever sees them: the same
 * for every visitor, so public pages can be cached for everyone (docs/decisions/0016-page-caching.md).
 */
export const PublicFrame = async ({ children }: { children: React.ReactNode }) => {
  const [landlord, look] = await Promise.all([getLandlord(), getLandlordLook()]);
  return (
    <>
      <SiteHeader landlordName={landlord.name} user={null} look={look} />
      <MainContent>{children}</MainContent>
    </>
  );
};
