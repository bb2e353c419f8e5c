import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = { title: "Accessibility statement" };

const AccessibilityPage = () => (
  <div className="max-w-2xl space-y-4">
    <PageHeading>Accessibility statement</PageHeading>
    <p>We want as many people as possible to be able to use Involve. You should be able to:</p>
    <ul className="list-disc space-y-1 pl-6">
      <li>zoom in up to 400% without text spilling off the screen</li>
      <li>use the whole service with a keyboard or a screen reader</li>
      <li>fill in every form with JavaScript turned off</li>
    </ul>
    <p>
      We test every page against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA with automated
      checks. If something does not work for you, tell your involvement officer and we will help you another way, by
      phone, on paper or in person.
    </p>
  </div>
);

export default AccessibilityPage;
