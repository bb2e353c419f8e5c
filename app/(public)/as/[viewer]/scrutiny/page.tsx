import type { Metadata } from "next";
import { ReviewTable } from "@/components/scrutiny/review-table";
import { PageHeading } from "@/components/ui/page-heading";
import { getLandlord } from "@/lib/landlord/queries";
import { listReviews } from "@/lib/scrutiny/queries";

export const metadata: Metadata = { title: "Scrutiny reports" };

const PublicScrutinyPage = async () => {
  const [landlord, reviews] = await Promise.all([getLandlord(), listReviews("public")]);
  return (
    <>
      <PageHeading caption={landlord.name}>Scrutiny reports</PageHeading>
      <p className="mb-8 max-w-2xl">
        Our tenant scrutiny panel looks closely at a service, gathers evidence and recommends improvements. Here are the
        panel&apos;s published reports, our response to each recommendation and how the actions are going.
      </p>
      <ReviewTable
        reviews={reviews}
        href={(id) => `/scrutiny/${id}`}
        caption="Published scrutiny reports"
        empty="No reports have been published yet."
      />
    </>
  );
};

export default PublicScrutinyPage;
