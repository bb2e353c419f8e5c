import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { listPendingJoinRequests } from "@/lib/groups/queries";

export const metadata: Metadata = { title: "Requests to join groups" };

type Props = { searchParams: Promise<{ decided?: string }> };

const JoinRequestsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const [requests, { decided }] = await Promise.all([listPendingJoinRequests(), searchParams]);
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/groups">Back to tenant groups</Link>
      </p>
      <PageHeading>Requests to join groups</PageHeading>
      {decided && (
        <Notice
          title={
            decided === "accepted"
              ? "The request has been accepted: the membership has started."
              : "The request has been declined."
          }
        >
          The tenant has been emailed the answer if they agreed to email.
        </Notice>
      )}
      {requests.length === 0 ? (
        <p>There are no requests waiting for an answer.</p>
      ) : (
        <DataTable
          caption="Requests waiting for an answer, oldest first"
          rows={requests}
          rowKey={(request) => request.id}
          columns={[
            {
              header: "Tenant",
              cell: (request) => (
                <Link
                  href={`/staff/groups/requests/${request.id}`}
                >{`${request.customer.firstName} ${request.customer.lastName}`}</Link>
              ),
            },
            { header: "Reference", cell: (request) => request.customer.reference },
            { header: "Group", cell: (request) => request.group.name },
            { header: "Asked", cell: (request) => formatDateTime(request.requestedAt) },
          ]}
        />
      )}
    </>
  );
};

export default JoinRequestsPage;
