import { getLandlord } from "@/lib/landlord/queries";
import { MainContent } from "./main-content";
import { PublicHeader } from "./public-header";

/** Header and main landmark for public pages and for the not-found and forbidden pages, whoever sees them. */
export const PublicFrame = async ({ children }: { children: React.ReactNode }) => {
  const landlord = await getLandlord();
  return (
    <>
      <PublicHeader landlordName={landlord.name} />
      <MainContent>{children}</MainContent>
    </>
  );
};
