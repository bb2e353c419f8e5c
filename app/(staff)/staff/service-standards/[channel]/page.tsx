import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { listMeasuringKpis, listServiceStandards } from "@/lib/service-standards/queries";
import { updateServiceStandardAction } from "../actions";

type Props = { params: Promise<{ channel: string }> };

export const metadata: Metadata = { title: "Change a service standard" };

const ServiceStandardPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { channel } = await params;
  const [standards, kpis] = await Promise.all([listServiceStandards(), listMeasuringKpis()]);
  const standard = standards.find((entry) => entry.channel.toLowerCase() === channel);
  if (!standard) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/service-standards">Back to the service standards</Link>
      </p>
      <PageHeading caption="Customer service standards">{standard.label}</PageHeading>
      <ActionForm
        action={updateServiceStandardAction}
        hidden={{ channel: standard.channel }}
        fields={[
          {
            kind: "textarea",
            name: "promise",
            label: "Our promise",
            hint: "In plain English, such as: we answer calls within 40 seconds.",
            rows: 3,
            defaultValue: standard.promise,
          },
          {
            kind: "radio",
            name: "kpiCode",
            label: "Which KPI measures it?",
            options: [
              ...kpis.map((kpi) => ({ value: kpi.code, label: `${kpi.code} ${kpi.name}` })),
              { value: "", label: "None yet" },
            ],
            defaultValue: standard.kpiCode ?? "",
          },
        ]}
        submit="Save the standard"
      />
    </div>
  );
};

export default ServiceStandardPage;
