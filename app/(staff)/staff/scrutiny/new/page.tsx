import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { reviewFormOptions } from "@/lib/scrutiny/form-options";
import { ReviewForm } from "../review-form";

export const metadata: Metadata = { title: "Start a scrutiny review" };

const NewReviewPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const options = await reviewFormOptions();
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/scrutiny">Back to scrutiny reviews</Link>
      </p>
      <PageHeading>Start a scrutiny review</PageHeading>
      {options.panels.length === 0 ? (
        <p>
          Reviews are run by a scrutiny panel. <Link href="/staff/groups/new">Add the scrutiny panel as a group</Link>{" "}
          first.
        </p>
      ) : (
        <ReviewForm {...options} />
      )}
    </>
  );
};

export default NewReviewPage;
