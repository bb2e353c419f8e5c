import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/communications/section-form";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { getCommunication } from "@/lib/communications/queries";
import { saveSectionAction } from "../../../actions";

export const metadata: Metadata = { title: "A newsletter section" };

type Props = { params: Promise<{ id: string; position: string }> };

const SectionPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id, position } = await params;
  const communication = await getCommunication(id.slice(0, 50));
  if (!communication || communication.status !== "DRAFT") notFound();
  const section = position === "new" ? undefined : communication.sections[Number(position)];
  if (position !== "new" && !section) notFound();
  const back = `/staff/communications/${communication.id}#sections`;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={back}>Back to {communication.title}</Link>
      </p>
      <PageHeading>{section ? `Edit the section ${section.heading}` : "Add a section"}</PageHeading>
      {section?.image && (
        // eslint-disable-next-line @next/next/no-img-element -- a stored upload, served by our own route
        <img
          src={`/staff/communications/${communication.id}/images/${position}`}
          alt={section.image.alt}
          className="mb-6 max-h-64 max-w-full"
        />
      )}
      <SectionForm
        action={saveSectionAction}
        communicationId={communication.id}
        position={position}
        section={section}
      />
    </div>
  );
};

export default SectionPage;
