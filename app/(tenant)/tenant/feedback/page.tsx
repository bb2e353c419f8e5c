import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { KIND_LABEL, SERVICE_AREA_LABEL, STATUS_LABEL } from "@/lib/feedback/labels";
import { listFeedbackForCustomer } from "@/lib/feedback/queries";
import { feedbackReference } from "@/lib/feedback/rules";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Your feedback" };

const TenantFeedbackPage = async () => {
  const { customerId } = await requireCustomer();
  const items = await listFeedbackForCustomer(customerId);
  return (
    <div className="max-w-3xl">
      <PageHeading>Your feedback</PageHeading>
      <p className="mb-6 text-lg">
        <Link href="/tenant/feedback/new">Give feedback, a compliment or a complaint</Link>
      </p>
      {items.length === 0 ? (
        <p>You have not sent us any feedback yet.</p>
      ) : (
        <DataTable
          caption="Feedback you have sent us"
          rows={items}
          rowKey={(item) => item.id}
          columns={[
            {
              header: "Reference",
              cell: (item) => <Link href={`/tenant/feedback/${item.id}`}>{feedbackReference(item.number)}</Link>,
            },
            { header: "Sent", cell: (item) => formatDate(item.createdAt) },
            { header: "Kind", cell: (item) => KIND_LABEL[item.kind] },
            { header: "About", cell: (item) => SERVICE_AREA_LABEL[item.serviceArea] },
            { header: "Status", cell: (item) => STATUS_LABEL[item.status] },
            { header: "Replies", cell: (item) => item._count.replies },
          ]}
        />
      )}
    </div>
  );
};

export default TenantFeedbackPage;
