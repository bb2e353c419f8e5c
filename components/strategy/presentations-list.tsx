import { formatDate } from "@/lib/format";
import type { ReportBody } from "@/lib/generated/prisma/enums";
import { BODY_LABEL } from "@/lib/monitoring/rules";

type Presentation = { id: string; body: ReportBody; presentedOn: Date; meeting: string; minuteRef: string | null };

/** Where a report went: each body, its meeting and the minute that records it. */
export const PresentationsList = ({ presentations }: { presentations: Presentation[] }) =>
  presentations.length === 0 ? (
    <p className="mb-8">Not yet presented to the board or any other body.</p>
  ) : (
    <ul className="mb-8 list-disc pl-6">
      {presentations.map((p) => (
        <li key={p.id}>
          Presented to the {BODY_LABEL[p.body].toLowerCase()} ({p.meeting}) on {formatDate(p.presentedOn)}
          {p.minuteRef ? `, minute ${p.minuteRef}` : ""}.
        </li>
      ))}
    </ul>
  );
