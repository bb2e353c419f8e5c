import Link from "next/link";
import { PublicFrame } from "@/components/layout/public-frame";
import { PageHeading } from "@/components/ui/page-heading";

// Shown in place of any page, whoever is signed in, so with the public header and no account links: Next.js writes
// it into every page's payload, twice, in case it is needed (components/layout/site-header.tsx).
const NotFound = () => (
  <PublicFrame bare>
    <div className="max-w-2xl space-y-4">
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/home">Go to your home page</Link>
      </p>
    </div>
  </PublicFrame>
);

export default NotFound;
