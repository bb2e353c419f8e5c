import type { Metadata } from "next";
import Link from "next/link";
import { CommunicationForm } from "@/components/communications/communication-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { audienceOptions } from "@/lib/communications/queries";
import { env } from "@/lib/env";
import { CUSTOMER_KIND_LABEL } from "@/lib/people/labels";
import { optionsFrom } from "@/lib/people/labels";
import { createCommunicationAction } from "../actions";

export const metadata: Metadata = { title: "Write a newsletter" };

const NewCommunicationPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const { areas, groups } = await audienceOptions();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/communications">Back to newsletters</Link>
      </p>
      <PageHeading>Write a newsletter</PageHeading>
      <p className="mb-6">
        Nothing is sent yet: you will see it as an email, a text message and a letter, and how many people each reaches,
        before you send it.
      </p>
      <CommunicationForm
        action={createCommunicationAction}
        options={{ areas, groups, kinds: optionsFrom(CUSTOMER_KIND_LABEL) }}
        sampleLink={`${env.APP_URL}/news/${"x".repeat(25)}`}
      />
    </div>
  );
};

export default NewCommunicationPage;
