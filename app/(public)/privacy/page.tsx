import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = { title: "How we use your information" };

const PrivacyPage = () => (
  <div className="max-w-2xl space-y-4">
    <PageHeading>How we use your information</PageHeading>
    <p>
      We keep only what we need to involve you: your name, how to contact you and the answers you give us. We never
      publish anything that identifies you.
    </p>
    <p>
      Answers about equality (such as age or disability) are optional. Staff see them only as totals, and any total
      under 5 is hidden so nobody can be picked out.
    </p>
    <p>You can ask for a copy of everything we hold about you, or ask us to delete it.</p>
  </div>
);

export default PrivacyPage;
