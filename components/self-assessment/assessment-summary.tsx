import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SelfAssessmentView } from "@/lib/self-assessment/queries";
import { RATING_LABEL } from "@/lib/self-assessment/rules";
import { ACTION_STATUS_LABEL } from "@/lib/strategy/rules";

/**
 * Every requirement with its rating, narrative, evidence and improvement actions: what officers have written and
 * what the board signs off. `assessHref` adds a link to each requirement's form for officers.
 */
export const AssessmentSummary = ({
  view,
  assessHref,
}: {
  view: SelfAssessmentView;
  assessHref?: (code: string) => string;
}) => (
  <ol className="mb-8 max-w-3xl space-y-8">
    {view.requirements.map((requirement) => (
      <li key={requirement.code} aria-labelledby={`requirement-${requirement.code}`}>
        <h3 id={`requirement-${requirement.code}`} className="text-xl font-bold">
          {requirement.heading}
        </h3>
        <p className="mb-2 italic">{requirement.text}</p>
        <p className="mb-2">
          <strong>Rating:</strong> {requirement.rating ? RATING_LABEL[requirement.rating] : "Not assessed yet"}
        </p>
        {requirement.narrative && <p className="mb-2 whitespace-pre-line">{requirement.narrative}</p>}
        {requirement.evidence.length > 0 && (
          <>
            <p className="font-bold">Evidence</p>
            <ul className="mb-2 list-disc pl-6">
              {requirement.evidence.map((item) => (
                <li key={item.href}>
                  {item.kind}: <Link href={item.href}>{item.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {requirement.actions.length > 0 && (
          <>
            <p className="font-bold">Improvement actions in the action plan</p>
            <ul className="mb-2 list-disc pl-6">
              {requirement.actions.map((action) => (
                <li key={action.id}>
                  {action.title}: {action.owner}, by {formatDate(action.targetOn)} ({ACTION_STATUS_LABEL[action.status]}
                  )
                </li>
              ))}
            </ul>
          </>
        )}
        {assessHref && !view.signOff && (
          <p>
            <Link href={assessHref(requirement.code)}>
              {requirement.rating ? "Change the assessment" : "Assess"}
              <span className="sr-only">: {requirement.heading}</span>
            </Link>
          </p>
        )}
      </li>
    ))}
  </ol>
);

/** Whether the board has signed it off, or what still stands in the way. */
export const SignOffStatus = ({ view }: { view: SelfAssessmentView }) =>
  view.signOff ? (
    <p className="mb-6 max-w-3xl border-l-4 border-gray-700 pl-4">
      Signed off for the board by {view.signOff.by} on {formatDate(view.signOff.on)}, minute {view.signOff.minuteRef}.
      It no longer changes.
    </p>
  ) : view.blockers.length > 0 ? (
    <section aria-labelledby="blockers-heading" className="mb-6 max-w-3xl">
      <h2 id="blockers-heading" className="mb-2 text-2xl font-bold">
        Before the board can sign it off
      </h2>
      <ul className="list-disc pl-6">
        {view.blockers.map((blocker) => (
          <li key={blocker}>{blocker}</li>
        ))}
      </ul>
    </section>
  ) : (
    <p className="mb-6 max-w-3xl">Every requirement is assessed: it is ready for the board to sign off.</p>
  );
