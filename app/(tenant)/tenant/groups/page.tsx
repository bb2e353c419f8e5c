import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { JOIN_REQUEST_STATUS_LABEL } from "@/lib/groups/labels";
import { listMyJoinRequests } from "@/lib/groups/queries";

export const metadata: Metadata = { title: "Your requests to join groups" };

type Props = { searchParams: Promise<{ asked?: string }> };

const MyGroupsPage = async ({ searchParams }: Props) => {
  const { customerId } = await requireCustomer();
  const [requests, { asked }] = await Promise.all([listMyJoinRequests(customerId), searchParams]);
  return (
    <>
      <PageHeading>Your requests to join groups</PageHeading>
      {asked && (
        <Notice title="We have your request to join">An officer will look at it and let you know the answer.</Notice>
      )}
      {requests.length === 0 ? (
        <p className="mb-6">You have not asked to join any groups yet.</p>
      ) : (
        <div className="mb-6">
          <DataTable
            caption="Your requests to join groups"
            rows={requests}
            rowKey={(request) => request.id}
            columns={[
              { header: "Group", cell: (request) => request.group.name },
              { header: "Asked on", cell: (request) => formatDate(request.requestedAt) },
              { header: "Answer", cell: (request) => JOIN_REQUEST_STATUS_LABEL[request.status] },
              {
                header: "Details",
                cell: (request) =>
                  request.status === "DECLINED"
                    ? `Why: ${request.declineReason}`
                    : request.decidedAt
                      ? `You are a member from ${formatDate(request.decidedAt)}`
                      : "",
              },
            ]}
          />
        </div>
      )}
      <p>
        <Link href="/get-involved">See groups and panels you can join</Link>
      </p>
    </>
  );
};

export default MyGroupsPage;
