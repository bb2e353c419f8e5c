import Link from "next/link";
import { PublicFrame } from "@/components/layout/public-frame";
import { PageHeading } from "@/components/ui/page-heading";

// Shown in place of any page, whoever is signed in, so with the public header.
const NotFound = () => (
  <PublicFrame>
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
