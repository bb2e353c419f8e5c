import type { Metadata } from "next";
import Link from "next/link";
import { aboutFields, contactFields } from "@/components/feedback/feedback-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { sendFeedbackAction } from "./actions";

export const metadata: Metadata = { title: "Give us feedback" };

const FeedbackPage = () => (
  <div className="max-w-2xl">
    <PageHeading>Give us feedback</PageHeading>
    <p className="mb-4">
      Tell us what we did well, what you think, how we could do better, or make a complaint. We read everything and
      reply to you.
    </p>
    <p className="mb-6">
      If you have an account, <Link href="/sign-in">sign in</Link> and go to{" "}
      <Link href="/tenant/feedback/new">give feedback</Link> so you can follow our replies online. You can also give
      feedback without signing in on this page.
    </p>
    <ActionForm action={sendFeedbackAction} fields={[...aboutFields, ...contactFields("you")]} submit="Send feedback" />
  </div>
);

export default FeedbackPage;
