import { notFound } from "next/navigation";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { lettersCsv } from "@/lib/communications/letters";
import { getCommunication } from "@/lib/communications/queries";

type Context = { params: Promise<{ id: string }> };

/** Addresses of everyone getting this by post, for a mail merge or a printing house. */
export const GET = async (_request: Request, { params }: Context) => {
  await requireRole(AREA_ROLES.staff);
  const communication = await getCommunication((await params).id);
  if (!communication?.sentAt) notFound();
  return new Response(await lettersCsv(communication.id), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="letter-addresses.csv"',
    },
  });
};
