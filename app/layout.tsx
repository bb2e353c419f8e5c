import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getLandlord, getLandlordLook } from "@/lib/landlord/queries";
import "./globals.css";

export const generateMetadata = async (): Promise<Metadata> => {
  const landlord = await getLandlord();
  return { title: { template: `%s – Involve – ${landlord.name}`, default: `Involve – ${landlord.name}` } };
};

const RootLayout = async ({ children }: { children: React.ReactNode }) => {
  const [user, landlord, look] = await Promise.all([getCurrentUser(), getLandlord(), getLandlordLook()]);
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-950">
        <a
          href="#main-content"
          className="sr-only bg-yellow-400 p-2 text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to main content
        </a>
        <SiteHeader landlordName={landlord.name} user={user} look={look} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter landlordName={landlord.name} />
      </body>
    </html>
  );
};

export default RootLayout;
