import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { listOpenDeletionRequests } from "@/lib/people/anonymise-customer";
import { AnonymiseButton } from "./anonymise-button";

export const metadata: Metadata = { title: "Deletion requests" };

const DeletionRequestsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const requests = await listOpenDeletionRequests();
  return (
    <>
      <PageHeading>Deletion requests</PageHeading>
      <p className="mb-6 max-w-2xl">
        Customers who asked us to delete their information. Deleting removes their name, contact details, consents,
        support needs and portal account; anonymous totals stay as reported.
      </p>
      {requests.length === 0 ? (
        <p>There are no requests waiting.</p>
      ) : (
        <DataTable
          caption="Deletion requests waiting, oldest first"
          rows={requests}
          rowKey={(r) => r.id}
          columns={[
            { header: "Asked on", cell: (r) => formatDateTime(r.requestedAt) },
            {
              header: "Customer",
              cell: (r) => `${r.customer.firstName} ${r.customer.lastName} (${r.customer.reference})`,
            },
            {
              header: "Action",
              cell: (r) => <AnonymiseButton requestId={r.id} name={`${r.customer.firstName} ${r.customer.lastName}`} />,
            },
          ]}
        />
      )}
    </>
  );
};

export default DeletionRequestsPage;
