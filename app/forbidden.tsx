import Link from "next/link";
import { PublicFrame } from "@/components/layout/public-frame";
import { PageHeading } from "@/components/ui/page-heading";

// Shown in place of any page, whoever is signed in, so with the public header and no account links: Next.js writes
// it into every page's payload, twice, in case it is needed (components/layout/site-header.tsx).
const Forbidden = () => (
  <PublicFrame bare>
    <div className="max-w-2xl space-y-4">
      <PageHeading>You do not have access to this page</PageHeading>
      <p>Your account cannot open this part of Involve.</p>
      <p>If you think you should have access, ask your involvement officer or an administrator.</p>
      <p>
        <Link href="/home">Go to your home page</Link>
      </p>
    </div>
  </PublicFrame>
);

export default Forbidden;
