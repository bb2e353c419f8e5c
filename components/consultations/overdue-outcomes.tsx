import Link from "next/link";
import { listOverdueOutcomes } from "@/lib/consultations/queries";
import { formatDate } from "@/lib/format";

// The home page names the longest overdue; /staff/consultations/overdue lists every one.
const SHOWN = 10;

/** On the staff home page: consultations whose "You said, We did" is late, so none is forgotten. */
export const OverdueOutcomes = async () => {
  const { total, oldest } = await listOverdueOutcomes(new Date(), SHOWN);
  if (total === 0) return null;
  const more = total - oldest.length;
  return (
    <section aria-labelledby="overdue-outcomes" className="mt-8 max-w-2xl border-l-4 border-red-700 pl-4">
      <h2 id="overdue-outcomes" className="mb-2 text-2xl font-bold">
        Outcomes overdue
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {oldest.map((consultation) => (
          <li key={consultation.id}>
            <Link href={`/staff/consultations/${consultation.id}`}>{consultation.title}</Link>: due{" "}
            {formatDate(consultation.outcomeDueAt)}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="mt-2">
          {more} more {more === 1 ? "is" : "are"} overdue:{" "}
          <Link href="/staff/consultations/overdue">every overdue outcome</Link>.
        </p>
      )}
    </section>
  );
};
