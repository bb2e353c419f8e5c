import type { Metadata } from "next";
import Link from "next/link";
import { ContactDetails } from "@/components/landlord/contact-details";
import { PageHeading } from "@/components/ui/page-heading";
import { getLandlordContact } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "Contact us" };

const ContactPage = async () => {
  const contact = await getLandlordContact();
  return (
    <div className="max-w-2xl">
      <PageHeading caption={contact.name}>Contact us</PageHeading>
      <p className="mb-6">
        Get in touch about getting involved, about something on this site, or if you would like information in another
        format, such as large print, easy read or another language.
      </p>
      <ContactDetails contact={contact} />
      <p>
        See also our <Link href="/accessibility">accessibility statement</Link> and{" "}
        <Link href="/privacy">how we use your information</Link>.
      </p>
    </div>
  );
};

export default ContactPage;
