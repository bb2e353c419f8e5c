import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { getEqualityForm } from "@/lib/people/queries";
import { EqualityForm } from "./equality-form";

export const metadata: Metadata = { title: "Equality questions" };

const EqualityPage = async () => {
  const { customerId } = await requireCustomer();
  const questions = await getEqualityForm(customerId);
  return (
    <div className="max-w-2xl">
      <PageHeading>Equality questions</PageHeading>
      <p className="mb-4">
        These questions are optional. Your answers help us check that everyone can take part. Staff only see totals, and
        any total under 5 is hidden. You can skip any question or choose &ldquo;Prefer not to say&rdquo;.
      </p>
      <EqualityForm questions={questions} />
    </div>
  );
};

export default EqualityPage;
