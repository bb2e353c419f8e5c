import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { listPolicies } from "@/lib/policies/queries";
import { REVIEW_STATE_LABEL, reviewState } from "@/lib/policies/rules";

type Policy = Awaited<ReturnType<typeof listPolicies>>[number];

/** The register as officers and the board read it: the review's state in words, never colour alone. */
export const PolicyTable = ({
  policies,
  today,
  href,
}: {
  policies: Policy[];
  today: Date;
  href?: (id: string) => string;
}) => (
  <DataTable
    caption="Policy register"
    rowKey={(policy) => policy.id}
    rows={policies}
    columns={[
      { header: "Policy", cell: (policy) => (href ? <Link href={href(policy.id)}>{policy.name}</Link> : policy.name) },
      { header: "Owner", cell: (policy) => policy.owner },
      { header: "Adopted", cell: (policy) => formatDate(policy.adoptedOn) },
      { header: "Last reviewed", cell: (policy) => formatDate(policy.lastReviewedOn, "Not yet reviewed") },
      {
        header: "Next review",
        cell: (policy) =>
          `${formatDate(policy.nextReviewOn)} (${REVIEW_STATE_LABEL[reviewState(policy.nextReviewOn, today)]})`,
      },
      {
        header: "Equality impact assessment",
        cell: (policy) => (policy.characteristicsAssessed > 0 ? "Done" : "Not done"),
      },
      { header: "Consultation on its last review", cell: (policy) => policy.consultation?.title ?? "None" },
    ]}
  />
);
