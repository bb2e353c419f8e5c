import { getLandlordChrome } from "@/lib/landlord/chrome";
import type { Role } from "@/lib/generated/prisma/enums";
import { MainContent } from "./main-content";
import { SiteHeader } from "./site-header";

/**
 * Header and main landmark for public pages and (`bare`, without account links) the not-found and forbidden pages. A public page is cached once
 * per role (app/(public)/as/[viewer]), so its header shows the role's menu and "Sign out" but never a name
 * (docs/decisions/0016-page-caching.md, 0021-finish-dates-words-homes.md).
 */
export const PublicFrame = async ({
  children,
  role = null,
  bare = false,
}: {
  children: React.ReactNode;
  role?: Role | null;
  bare?: boolean;
}) => {
  const landlord = await getLandlordChrome();
  return (
    <>
      <SiteHeader landlordName={landlord.name} user={role && { role }} look={landlord.look} bare={bare} />
      <MainContent>{children}</MainContent>
    </>
  );
};
