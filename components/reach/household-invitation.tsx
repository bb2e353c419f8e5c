import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import type { FormState } from "@/lib/actions/form-state";
import { ownAccountProblem } from "@/lib/reach/household-account-rules";
import type { AgeBand } from "@/lib/generated/prisma/enums";

type Props = {
  member: { id: string; firstName: string; ageBand: AgeBand; email: string | null; ownCustomerId: string | null };
  action: (state: FormState, data: FormData) => Promise<FormState>;
  back: { href: string; label: string };
  /** The household's customer, for an officer's form (a tenant's comes from their session). */
  customerId?: string;
};

/** Inviting someone 16 to 24 in a household to their own account: the tenant's page and the officer's say the same. */
export const HouseholdInvitation = ({ member, action, back, customerId }: Props) => {
  const problem = ownAccountProblem(member);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <PageHeading>Invite {member.firstName} to their own account</PageHeading>
      {problem ? (
        <p>{problem}</p>
      ) : (
        <>
          <p className="mb-4">
            With their own account {member.firstName} can answer consultations and book events in their own name. We
            will email them a link to choose a password. The link works once.
          </p>
          <p className="mb-6">
            We keep only their first name, age group and email address, and the last name they give us when they accept.
            They can ask us to delete their account at any time.
          </p>
          <ActionForm
            action={action}
            hidden={{ memberId: member.id, ...(customerId && { customerId }) }}
            fields={[
              {
                kind: "text",
                type: "email",
                name: "email",
                label: "Their email address",
                hint: "Check with them first: we will use it only for their account and getting involved.",
                defaultValue: member.email ?? "",
              },
            ]}
            submit={`Send ${member.firstName} the invitation`}
          />
        </>
      )}
    </div>
  );
};
