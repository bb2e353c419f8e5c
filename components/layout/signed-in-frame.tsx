import { getCurrentUser } from "@/lib/auth/session";
import { getLandlordChrome } from "@/lib/landlord/chrome";
import { MainContent } from "./main-content";
import { SiteHeader } from "./site-header";

/** Header with the signed-in user's name, navigation and sign-out, for the tenant, staff and board areas. */
export const SignedInFrame = async ({ children }: { children: React.ReactNode }) => {
  const [user, landlord] = await Promise.all([getCurrentUser(), getLandlordChrome()]);
  return (
    <>
      <SiteHeader landlordName={landlord.name} user={user} look={landlord.look} />
      <MainContent>{children}</MainContent>
    </>
  );
};
