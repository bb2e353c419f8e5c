import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewReport } from "@/components/scrutiny/review-report";
import { PageHeading } from "@/components/ui/page-heading";
import { getReview } from "@/lib/scrutiny/queries";

export const metadata: Metadata = { title: "Scrutiny report" };

type Props = { params: Promise<{ id: string }> };

// A review the panel has not published is not found, exactly like an id that never existed.
const PublicReviewPage = async ({ params }: Props) => {
  const review = await getReview((await params).id, "public");
  if (!review) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/scrutiny">Back to scrutiny reports</Link>
      </p>
      <PageHeading caption="Scrutiny report">{review.title}</PageHeading>
      <ReviewReport review={review} now={new Date()} />
    </>
  );
};

export default PublicReviewPage;
