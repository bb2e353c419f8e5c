import { notFound } from "next/navigation";
import { cache } from "react";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getConsultationForStaff } from "@/lib/consultations/queries";

/** Every page under one consultation: staff only, and 404 for an unknown id. */
// One read per request, shared by the page and its title.
const readConsultation = cache((id: string) => getConsultationForStaff(id, new Date()));

export const loadConsultation = async (params: Promise<{ id: string }>) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const consultation = await readConsultation(id);
  if (!consultation) notFound();
  return consultation;
};

/** A consultation's title for the browser tab ("Bin stores and recycling: results"); empty when unknown. */
export const consultationTitle = async (params: Promise<{ id: string }>) => {
  await requireRole(AREA_ROLES.staff);
  const consultation = await readConsultation((await params).id);
  return consultation?.title ?? "Consultation";
};
