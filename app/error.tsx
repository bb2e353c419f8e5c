"use client";

import { MainContent } from "@/components/layout/main-content";
import { PageHeading } from "@/components/ui/page-heading";

const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => (
  <MainContent>
    <div className="max-w-2xl space-y-4">
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p>Nothing you entered has been saved. Try again later.</p>
      <button type="button" onClick={reset} className="underline">
        Try again
      </button>
    </div>
  </MainContent>
);

export default ErrorPage;
