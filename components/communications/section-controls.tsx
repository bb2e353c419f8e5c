"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonProps } from "@/components/ui/button-styles";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  communicationId: string;
  sections: { heading: string; image?: { alt: string } }[];
};

/**
 * A draft's sections in order, each with Edit, Move up, Move down and Remove. Each row is an ordinary form whose
 * buttons post which change was asked, so reordering works without JavaScript.
 */
export const SectionControls = ({ action, communicationId, sections }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <div className="mb-6">
      <ErrorSummary state={state} labels={{}} />
      <ol className="mb-4 space-y-3">
        {sections.map((section, position) => (
          <li key={`${position}-${section.heading}`} className="border-l-4 border-gray-300 pl-4">
            <p className="text-lg font-bold">{section.heading}</p>
            {section.image && <p className="text-gray-700">With a picture: {section.image.alt}</p>}
            <form action={formAction} className="mt-2 flex flex-wrap gap-2" aria-label={`Section ${section.heading}`}>
              <input type="hidden" name="communicationId" value={communicationId} />
              <input type="hidden" name="position" value={position} />
              <Link
                href={`/staff/communications/${communicationId}/sections/${position}`}
                {...buttonProps("secondary")}
              >
                Edit<span className="sr-only"> {section.heading}</span>
              </Link>
              {position > 0 && (
                <button type="submit" name="change" value="up" {...buttonProps("secondary")}>
                  Move up<span className="sr-only"> {section.heading}</span>
                </button>
              )}
              {position < sections.length - 1 && (
                <button type="submit" name="change" value="down" {...buttonProps("secondary")}>
                  Move down<span className="sr-only"> {section.heading}</span>
                </button>
              )}
              {sections.length > 1 && (
                <button type="submit" name="change" value="remove" {...buttonProps("secondary")}>
                  Remove<span className="sr-only"> {section.heading}</span>
                </button>
              )}
            </form>
          </li>
        ))}
      </ol>
      <Link href={`/staff/communications/${communicationId}/sections/new`} {...buttonProps("secondary")}>
        Add a section
      </Link>
    </div>
  );
};
