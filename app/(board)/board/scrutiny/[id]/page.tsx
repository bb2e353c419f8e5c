import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewReport } from "@/components/scrutiny/review-report";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getReview } from "@/lib/scrutiny/queries";

export const metadata: Metadata = { title: "Scrutiny review" };

type Props = { params: Promise<{ id: string }> };

const BoardReviewPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.board);
  const review = await getReview((await params).id, "staff");
  if (!review) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/board/scrutiny">Back to scrutiny</Link>
      </p>
      <PageHeading caption="Scrutiny review">{review.title}</PageHeading>
      <ReviewReport review={review} now={new Date()} />
    </>
  );
};

export default BoardReviewPage;
