import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { getLandlordChrome } from "@/lib/landlord/chrome";
import "./globals.css";

export const generateMetadata = async (): Promise<Metadata> => {
  const landlord = await getLandlordChrome();
  return { title: { template: `%s – Involve – ${landlord.name}`, default: `Involve – ${landlord.name}` } };
};

// The header belongs to each area's layout: the public one is the same for everyone so public pages can be cached;
// the signed-in areas show who is signed in (components/layout/*-frame.tsx).
const RootLayout = async ({ children }: { children: React.ReactNode }) => {
  const landlord = await getLandlordChrome();
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-950">
        <a
          href="#main-content"
          className="sr-only bg-yellow-400 p-2 text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to main content
        </a>
        {children}
        <SiteFooter landlordName={landlord.name} />
      </body>
    </html>
  );
};

export default RootLayout;
