import { notFound } from "next/navigation";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { lettersPdf } from "@/lib/communications/letters";
import { getCommunication } from "@/lib/communications/queries";
import { sectionImages } from "@/lib/communications/section-image";

type Context = { params: Promise<{ id: string }> };

/** The print-ready letters of one print group: `?print=large` for those who asked for large print. */
export const GET = async (request: Request, { params }: Context) => {
  await requireRole(AREA_ROLES.staff);
  const communication = await getCommunication((await params).id);
  if (!communication?.sentAt) notFound();
  const size = new URL(request.url).searchParams.get("print") === "large" ? "large" : "standard";
  const pdf = await lettersPdf(communication, size, communication.sentAt, await sectionImages(communication.sections));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="letters-${size}-print.pdf"`,
    },
  });
};
