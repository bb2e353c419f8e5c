import type { Metadata } from "next";
import Link from "next/link";
import { ReviewAlerts } from "@/components/strategy/review-alerts";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getReviewAlerts } from "@/lib/strategy/queries";

export const metadata: Metadata = { title: "Board area" };

const BoardHome = async () => {
  await requireRole(AREA_ROLES.board);
  const [landlord, reviewAlerts] = await Promise.all([getLandlord(), getReviewAlerts(new Date())]);
  const measures = landlord.regime === "ENGLAND" ? "Tenant Satisfaction Measures" : "Annual Return on the Charter";
  return (
    <>
      <PageHeading caption={landlord.name}>Board area</PageHeading>
      <p className="mb-8 text-xl">
        <Link href="/board/strategy/report">Quarterly report on the involvement strategy</Link>
      </p>
      <p className="mb-8 text-xl">
        <Link href="/board/scrutiny">Scrutiny reviews and recommendations</Link> and{" "}
        <Link href="/board/assurance">assurance evidence by outcome</Link>
      </p>
      <p className="mb-8 text-xl">
        <Link href="/board/feedback">Feedback themes: what tenants told us, by service and quarter</Link>
      </p>
      <ReviewAlerts alerts={reviewAlerts} strategyLink="/strategy" />
      <p className="max-w-2xl">
        Quarterly reports on the involvement strategy, the {measures} and involvement figures will appear here for the
        board and scrutiny committees.
      </p>
    </>
  );
};

export default BoardHome;
