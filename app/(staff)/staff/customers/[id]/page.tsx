import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvolvementHistory } from "@/components/people/involvement-history";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { CHANNEL_LABEL, CUSTOMER_KIND_LABEL, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { canSeeEqualityData } from "@/lib/auth/rules";
import { getCustomerEqualityAnswers } from "@/lib/people/equality-queries";
import { getCustomerProfile } from "@/lib/people/queries";
import { OWN_ACCOUNT_BAND } from "@/lib/reach/household-account-rules";
import { getHousehold } from "@/lib/reach/save-household";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Customer" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const CustomerPage = async ({ params, searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.staff);
  const customer = await getCustomerProfile((await params).id);
  if (!customer) notFound();
  const young = (await getHousehold(customer.id)).members.filter((member) => member.ageBand === OWN_ACCOUNT_BAND);
  const invited = (await searchParams).invited === "1";
  const equality = canSeeEqualityData(user) ? await getCustomerEqualityAnswers(customer.id) : null;
  const home = customer.home;
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/customers">Back to find a customer</Link>
      </p>
      <PageHeading caption={`${CUSTOMER_KIND_LABEL[customer.kind]}, ${customer.reference}`}>
        {customer.firstName} {customer.lastName}
      </PageHeading>
      {customer.status === "FORMER" && <p className="mb-4 font-bold">Former customer: the tenancy has ended.</p>}
      <p className="mb-6">
        <Link href={`/staff/customers/${customer.id}/preferences`}>
          Change contact preferences and support for this customer
        </Link>
      </p>
      {invited && <Notice title="We have emailed them an invitation to their own account." />}
      {customer.status === "ACTIVE" && !customer.user && <InviteForm customerId={customer.id} />}
      {young.length > 0 && (
        <>
          <h2 className="mb-2 text-2xl font-bold">Young people in the household</h2>
          <ul className="mb-6 space-y-2">
            {young.map((member) => (
              <li key={member.id}>
                {member.firstName}, aged 16 to 24:{" "}
                {member.ownCustomerId ? (
                  <Link href={`/staff/customers/${member.ownCustomerId}`}>has their own account</Link>
                ) : (
                  <Link href={`/staff/customers/${customer.id}/household/${member.id}/invite`}>
                    invite {member.firstName} to their own account
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="mb-2 text-2xl font-bold">Contact</h2>
      <SummaryList
        rows={[
          { term: "Email", value: customer.email ?? "None" },
          { term: "Phone", value: customer.phone ?? "None" },
          {
            term: "Agreed to contact by",
            value: customer.consents.length
              ? customer.consents
                  .map((c) => `${CHANNEL_LABEL[c.channel]} (since ${formatDate(c.consentedAt)})`)
                  .join(", ")
              : "No consent recorded: do not contact",
          },
          {
            term: "Prefers",
            value: customer.preferredChannel ? CHANNEL_LABEL[customer.preferredChannel] : "No preference",
          },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">Home</h2>
      <SummaryList
        rows={
          home
            ? [
                {
                  term: "Address",
                  value: [home.addressLine1, home.addressLine2, home.town, home.postcode].filter(Boolean).join(", "),
                },
                { term: "Area", value: home.area.name },
                { term: "Stock type", value: home.stockType.replace("_", " ") },
                { term: "Communal areas", value: home.hasCommunalAreas ? "Yes" : "No" },
              ]
            : [{ term: "Address", value: "No home with us (housing applicant)" }]
        }
      />
      <h2 className="mb-2 text-2xl font-bold">Support to take part</h2>
      {customer.supportNeeds.length === 0 ? (
        <p className="mb-8">None recorded.</p>
      ) : (
        <ul className="mb-8 list-disc pl-6">
          {customer.supportNeeds.map((need) => (
            <li key={need.kind}>
              {SUPPORT_NEED_LABEL[need.kind]}
              {need.language && `: ${need.language}`}
              {need.interpreterNeeded && ", needs an interpreter"}
            </li>
          ))}
        </ul>
      )}
      {equality && (
        <>
          <h2 className="mb-2 text-2xl font-bold">Equality answers</h2>
          <p className="mb-2">Only administrators and staff allowed to see equality data can see this.</p>
          <SummaryList
            rows={
              equality.length
                ? equality.map((a) => ({ term: a.question.label, value: a.answer }))
                : [{ term: "Answers", value: "None given" }]
            }
          />
        </>
      )}
      <InvolvementHistory customer={customer} />
    </>
  );
};

export default CustomerPage;
