import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getConsultationForStaff } from "@/lib/consultations/queries";

/** Every page under one consultation: staff only, and 404 for an unknown id. */
export const loadConsultation = async (params: Promise<{ id: string }>) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const consultation = await getConsultationForStaff(id, new Date());
  if (!consultation) notFound();
  return consultation;
};
