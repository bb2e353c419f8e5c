import type { Metadata } from "next";
import Link from "next/link";
import { kpiFields } from "@/components/kpi/kpi-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { createKpiAction } from "../actions";

export const metadata: Metadata = { title: "Add a KPI" };

const NewKpiPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const landlord = await getLandlord();
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/kpis">Back to the KPI library</Link>
      </p>
      <PageHeading caption="KPI library">Add a KPI</PageHeading>
      <div className="max-w-2xl">
        <ActionForm
          action={createKpiAction}
          label="Add a KPI"
          submit="Add the KPI"
          fields={kpiFields(landlord.regime)}
        />
      </div>
    </>
  );
};

export default NewKpiPage;
