import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { ReviewAlert } from "@/lib/strategy/rules";

/** Strategy reviews due within the notice period or late, on the staff and board home pages. */
export const ReviewAlerts = ({ alerts, strategyLink }: { alerts: ReviewAlert[]; strategyLink: string }) => (
  <section className="mb-8 max-w-2xl">
    <h2 className="mb-2 text-2xl font-bold">Strategy reviews</h2>
    {alerts.length === 0 ? (
      <p>No reviews of the involvement strategy are due in the next 90 days.</p>
    ) : (
      <ul className="space-y-2">
        {alerts.map((alert) => (
          <li key={alert.label} className={`border-l-4 pl-3 ${alert.overdue ? "border-red-700" : "border-amber-500"}`}>
            <strong>{alert.overdue ? "Overdue" : "Due soon"}:</strong> {alert.label}, due {formatDate(alert.dueOn)}
          </li>
        ))}
      </ul>
    )}
    <p className="mt-2">
      <Link href={strategyLink}>Go to the involvement strategy</Link>
    </p>
  </section>
);
