import type { Metadata } from "next";
import { ContactDetails } from "@/components/landlord/contact-details";
import { PageHeading } from "@/components/ui/page-heading";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import { getLandlordStatements } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "How we use your information" };

const STANDARD_RETENTION =
  "We keep your contact details and involvement history while you are our customer and for 6 years after, then delete them. Answers to consultations and surveys are kept without your name once the results are published. You can ask us to delete your information sooner.";

/** The privacy notice UK GDPR articles 13 and 14 require, written from the landlord's settings. */
const PrivacyPage = async () => {
  const landlord = await getLandlordStatements();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading caption={landlord.name}>How we use your information</PageHeading>
      <h2 className="pt-2 text-2xl font-bold">Who is responsible for your information</h2>
      <p>
        {landlord.name} is the controller of the information in this service
        {landlord.icoRegistration
          ? `, registered with the Information Commissioner's Office as ${landlord.icoRegistration}`
          : ""}
        .
      </p>
      {landlord.dataProtectionContact && (
        <p className="whitespace-pre-line">Our data protection contact: {landlord.dataProtectionContact}</p>
      )}
      <h2 className="pt-4 text-2xl font-bold">What we keep and why</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          Your name, home and how to contact you, and your involvement (groups, events, consultation answers): to run
          your tenancy and involve you in decisions, as the consumer standards require of us. The lawful basis is our
          public task, or legitimate interests.
        </li>
        <li>
          Emails about consultations and events: only with your consent, which you can withdraw at any time with the
          link in any email.
        </li>
        <li>
          Equality answers (such as age or disability), which are optional: with your explicit consent, to check we hear
          from everyone. Staff see them only as totals, and any total under {SMALL_NUMBER_THRESHOLD} is hidden so nobody
          can be picked out.
        </li>
      </ul>
      <p>We never sell your information or publish anything that identifies you.</p>
      <h2 className="pt-4 text-2xl font-bold">How long we keep it</h2>
      <p className="whitespace-pre-line">{landlord.retention ?? STANDARD_RETENTION}</p>
      <h2 className="pt-4 text-2xl font-bold">Your rights</h2>
      <p>
        You can ask for a copy of everything we hold about you (you can download it yourself when signed in), ask us to
        correct it, delete it, or stop using it, and object to how we use it. Contact us to do any of these.
      </p>
      <ContactDetails contact={landlord} />
      <h2 className="pt-4 text-2xl font-bold">Complaints</h2>
      <p>
        If you are unhappy with how we have used your information, tell us first. You can also complain to the
        Information Commissioner&rsquo;s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, helpline
        0303 123 1113.
      </p>
    </div>
  );
};

export default PrivacyPage;
