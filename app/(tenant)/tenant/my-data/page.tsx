import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { DeletionForm } from "./deletion-form";

export const metadata: Metadata = { title: "Your information" };

const MyDataPage = async () => {
  await requireCustomer();
  return (
    <div className="max-w-2xl">
      <PageHeading>Your information</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Download it</h2>
      <p className="mb-2">
        Get a copy of everything Involve holds about you: your details, groups, event places, and your answers to
        consultations and surveys.
      </p>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>
          <a href="/tenant/my-data/download?format=csv">Download as a spreadsheet (CSV)</a>
        </li>
        <li>
          <a href="/tenant/my-data/download?format=json">Download as data (JSON)</a>
        </li>
      </ul>
      <h2 className="mb-2 text-2xl font-bold">Delete it</h2>
      <p className="mb-4">
        We will remove your name, contact details and the help you told us you need (for events too), and close your
        account. Your answers stay, with nothing to say they were yours. Totals we have already reported, such as how
        many people answered a survey, will not change.
      </p>
      <DeletionForm />
    </div>
  );
};

export default MyDataPage;
