import { getCurrentUser } from "@/lib/auth/session";
import { getLandlord, getLandlordLook } from "@/lib/landlord/queries";
import { MainContent } from "./main-content";
import { SiteHeader } from "./site-header";

/** Header with the signed-in user's name, navigation and sign-out, for the tenant, staff and board areas. */
export const SignedInFrame = async ({ children }: { children: React.ReactNode }) => {
  const [user, landlord, look] = await Promise.all([getCurrentUser(), getLandlord(), getLandlordLook()]);
  return (
    <>
      <SiteHeader landlordName={landlord.name} user={user} look={look} />
      <MainContent>{children}</MainContent>
    </>
  );
};
