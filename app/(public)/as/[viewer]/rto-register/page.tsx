import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/build-phase";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { RTO_STATUS_LABEL } from "@/lib/people/labels";
import { listRtoRegister } from "@/lib/people/queries";

export const metadata: Metadata = { title: "Register of tenant organisations" };

const RtoRegisterPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const [landlord, rtos] = await Promise.all([getLandlord(), listRtoRegister()]);
  return (
    <>
      <PageHeading caption={landlord.name}>Register of tenant organisations</PageHeading>
      <p className="mb-6 max-w-2xl">
        Registered Tenant Organisations are groups of tenants that we recognise, consult and support. Anyone may inspect
        this register.
      </p>
      {rtos.length === 0 ? (
        <p>There are no organisations on the register.</p>
      ) : (
        <DataTable
          caption="Registered Tenant Organisations"
          rows={rtos}
          rowKey={(rto) => rto.id}
          columns={[
            { header: "Organisation", cell: (rto) => rto.name },
            { header: "Area covered", cell: (rto) => rto.rtoAreaCovered ?? "Not recorded" },
            { header: "Registered on", cell: (rto) => formatDate(rto.rtoRegisteredOn) },
            {
              header: "Status",
              cell: (rto) =>
                rto.rtoStatus === "DEREGISTERED" && rto.deregistrationReason
                  ? `${RTO_STATUS_LABEL.DEREGISTERED}: ${rto.deregistrationReason}`
                  : rto.rtoStatus && RTO_STATUS_LABEL[rto.rtoStatus],
            },
            { header: "Next review", cell: (rto) => formatDate(rto.nextReviewOn) },
          ]}
        />
      )}
    </>
  );
};

export default RtoRegisterPage;
