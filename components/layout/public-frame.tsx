import { getLandlordChrome } from "@/lib/cache/landlord-chrome";
import { MainContent } from "./main-content";
import { SiteHeader } from "./site-header";

/**
 * Header and main landmark for public pages and for the not-found and forbidden pages, whoever sees them: the same
 * for every visitor, so public pages can be cached for everyone (docs/decisions/0016-page-caching.md).
 */
export const PublicFrame = async ({ children }: { children: React.ReactNode }) => {
  const landlord = await getLandlordChrome();
  return (
    <>
      <SiteHeader landlordName={landlord.name} user={null} look={landlord.look} />
      <MainContent>{children}</MainContent>
    </>
  );
};
