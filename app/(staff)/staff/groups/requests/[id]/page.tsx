import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { JOIN_REQUEST_STATUS_LABEL } from "@/lib/groups/labels";
import { getJoinRequest } from "@/lib/groups/queries";
import { GROUP_TYPE_LABEL } from "@/lib/people/labels";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Request to join a group" };

type Props = { params: Promise<{ id: string }> };

const JoinRequestPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const request = await getJoinRequest((await params).id);
  if (!request) notFound();
  const name = `${request.customer.firstName} ${request.customer.lastName}`;
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/groups/requests">Back to requests to join</Link>
      </p>
      <PageHeading caption={`${GROUP_TYPE_LABEL[request.group.type]}: ${request.group.name}`}>
        Request from {name}
      </PageHeading>
      <SummaryList
        rows={[
          {
            term: "Tenant",
            value: (
              <Link href={`/staff/customers/${request.customer.id}`}>{`${name} (${request.customer.reference})`}</Link>
            ),
          },
          { term: "Group", value: <Link href={`/staff/groups/${request.group.id}`}>{request.group.name}</Link> },
          { term: "Asked", value: formatDateTime(request.requestedAt) },
          { term: "Their message", value: request.message ?? "No message" },
          { term: "Answer", value: JOIN_REQUEST_STATUS_LABEL[request.status] },
          ...(request.declineReason ? [{ term: "Why declined", value: request.declineReason }] : []),
        ]}
      />
      {request.status === "PENDING" && (
        <div className="max-w-2xl">
          <DecisionForm requestId={request.id} />
        </div>
      )}
    </>
  );
};

export default JoinRequestPage;
