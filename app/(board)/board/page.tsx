import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "Board area" };

const BoardHome = async () => {
  await requireRole(AREA_ROLES.board);
  const landlord = await getLandlord();
  const measures = landlord.regime === "ENGLAND" ? "Tenant Satisfaction Measures" : "Annual Return on the Charter";
  return (
    <>
      <PageHeading caption={landlord.name}>Board area</PageHeading>
      <p className="max-w-2xl">
        Quarterly reports on the involvement strategy, the {measures} and involvement figures will appear here for the
        board and scrutiny committees.
      </p>
    </>
  );
};

export default BoardHome;
