import Link from "next/link";
import { today } from "@/lib/feedback/clock";
import { countOverdueFeedback } from "@/lib/feedback/queries";

/** On the staff home page: feedback past its acknowledgement or answer date. */
export const OverdueFeedback = async () => {
  const overdue = await countOverdueFeedback(today(new Date()));
  if (overdue === 0) return null;
  return (
    <section aria-labelledby="overdue-feedback" className="mt-8 max-w-2xl border-l-4 border-red-700 pl-4">
      <h2 id="overdue-feedback" className="mb-2 text-2xl font-bold">
        Feedback overdue
      </h2>
      <p>
        <Link href="/staff/feedback?overdue=yes">
          {overdue} {overdue === 1 ? "item is" : "items are"} past the date to acknowledge or answer
        </Link>
      </p>
    </section>
  );
};
