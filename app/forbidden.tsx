import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

const Forbidden = () => (
  <div className="max-w-2xl space-y-4">
    <PageHeading>You do not have access to this page</PageHeading>
    <p>Your account cannot open this part of Involve.</p>
    <p>If you think you should have access, ask your involvement officer or an administrator.</p>
    <p>
      <Link href="/home">Go to your home page</Link>
    </p>
  </div>
);

export default Forbidden;
