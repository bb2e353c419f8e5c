import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { optionsFrom } from "@/lib/people/labels";
import { OWN_ACCOUNT_BAND } from "@/lib/reach/household-account-rules";
import { ADULT_BANDS, AGE_BAND_LABEL, CHILD_BANDS, RELATIONSHIP_LABEL } from "@/lib/reach/labels";
import { getHousehold } from "@/lib/reach/save-household";
import { addHouseholdMemberAction, removeHouseholdMemberAction, setHouseholdChildrenAction } from "./actions";

export const metadata: Metadata = { title: "Who lives with you" };

const YES_NO = [
  { value: "yes", label: "Yes, you may email them about getting involved" },
  { value: "no", label: "No" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const HouseholdPage = async ({ searchParams }: Props) => {
  const { customerId } = await requireCustomer();
  const invited = (await searchParams).invited === "1";
  const { members, children } = await getHousehold(customerId);
  return (
    <div className="max-w-2xl">
      <PageHeading>Who lives with you</PageHeading>
      {invited && <Notice title="We have emailed them an invitation to their own account." />}
      <p className="mb-4">
        Telling us is optional. It helps us plan activities for everyone in the home, including young people. People
        aged 16 to 24 can also have their own account.
      </p>
      <p className="mb-6">
        For children under 16 we only ask how many there are. We never keep their names or dates of birth.
      </p>

      <h2 className="mb-2 text-2xl font-bold">People aged 16 or over</h2>
      {members.length === 0 ? (
        <p className="mb-4">You have not told us about anyone yet.</p>
      ) : (
        <ul className="mb-4 space-y-3">
          {members.map((member) => (
            <li key={member.id} className="border-l-4 border-gray-900 pl-4">
              <p className="font-bold">{member.firstName}</p>
              <p>
                {RELATIONSHIP_LABEL[member.relationship]}, aged {AGE_BAND_LABEL[member.ageBand].toLowerCase()}
                {member.email ? `. We may email them at ${member.email}.` : "."}
              </p>
              {member.ownCustomerId ? (
                <p>They have their own account.</p>
              ) : (
                member.ageBand === OWN_ACCOUNT_BAND && (
                  <p className="mb-2">
                    <Link href={`/tenant/household/${member.id}/invite`}>
                      Invite {member.firstName} to their own account
                    </Link>
                  </p>
                )
              )}
              <ActionButton
                action={removeHouseholdMemberAction}
                fields={{ memberId: member.id }}
                context={member.firstName}
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={addHouseholdMemberAction}
        label="Add someone aged 16 or over"
        submit="Add them"
        fields={[
          { kind: "heading", name: "add", label: "Add someone aged 16 or over" },
          { kind: "text", name: "firstName", label: "Their first name" },
          {
            kind: "radio",
            name: "ageBand",
            label: "Their age",
            options: ADULT_BANDS.map((band) => ({ value: band, label: AGE_BAND_LABEL[band] })),
          },
          {
            kind: "radio",
            name: "relationship",
            label: "How are they related to you?",
            options: optionsFrom(RELATIONSHIP_LABEL),
          },
          {
            kind: "text",
            name: "email",
            type: "email",
            label: "Their email address (optional)",
            hint: "Only if they are happy for us to have it.",
          },
          {
            kind: "radio",
            name: "contactConsent",
            label: "May we email them about getting involved?",
            options: YES_NO,
            defaultValue: "no",
          },
        ]}
      />

      <ActionForm
        action={setHouseholdChildrenAction}
        label="Children under 16"
        submit="Save the number of children"
        kind="secondary"
        fields={[
          { kind: "heading", name: "children", label: "Children under 16" },
          ...CHILD_BANDS.map((band) => ({
            kind: "text" as const,
            name: band,
            label: `How many aged ${AGE_BAND_LABEL[band].toLowerCase()}?`,
            defaultValue: String(children[band] ?? 0),
          })),
        ]}
      />
    </div>
  );
};

export default HouseholdPage;
