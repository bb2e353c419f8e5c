import type { Metadata } from "next";
import Link from "next/link";
import { ContactDetails } from "@/components/landlord/contact-details";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { getLandlordStatements } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "Accessibility statement" };

const STATUS_TEXT = {
  FULL: "This website is fully compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard.",
  PARTIAL:
    "This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard, because of the problems listed below.",
  NOT_COMPLIANT:
    "This website is not compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. The problems are listed below.",
} as const;

/** Written from the landlord's settings, in the shape the Public Sector Bodies Accessibility Regulations 2018 ask for. */
const AccessibilityPage = async () => {
  const landlord = await getLandlordStatements();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading caption={landlord.name}>Accessibility statement</PageHeading>
      <p>
        {landlord.name} runs this website. We want as many people as possible to be able to use it. You should be able
        to:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>zoom in up to 400% without text spilling off the screen</li>
        <li>use the whole service with a keyboard, speech recognition or a screen reader</li>
        <li>fill in every form with JavaScript turned off</li>
      </ul>
      <h2 className="pt-4 text-2xl font-bold">Compliance status</h2>
      <p>{STATUS_TEXT[landlord.accessibilityStatus]}</p>
      {landlord.accessibilityIssues ? (
        <>
          <h3 className="text-xl font-bold">Content that is not accessible</h3>
          <p className="whitespace-pre-line">{landlord.accessibilityIssues}</p>
        </>
      ) : (
        landlord.accessibilityStatus !== "FULL" && (
          <p>We are checking which parts do not meet the standard and will list them here.</p>
        )
      )}
      <h2 className="pt-4 text-2xl font-bold">Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, such as large print, easy read, audio or braille,
        or you find a problem not listed here, contact us. We will reply within 5 working days.
      </p>
      <ContactDetails contact={landlord} />
      <h2 className="pt-4 text-2xl font-bold">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to
        your complaint, contact the Equality Advisory and Support Service (EASS). In Northern Ireland, contact the
        Equality Commission for Northern Ireland.
      </p>
      <h2 className="pt-4 text-2xl font-bold">How we tested this website</h2>
      <p>
        Every page is checked against WCAG 2.2 level AA with automated tests at full width and at 320 pixels wide, and
        every tenant journey is tried with a keyboard and with JavaScript turned off.
        {landlord.accessibilityTestedOn && ` It was last tested on ${formatDate(landlord.accessibilityTestedOn)}.`}
      </p>
      <p>
        <Link href="/contact">Contact us</Link>
      </p>
    </div>
  );
};

export default AccessibilityPage;
