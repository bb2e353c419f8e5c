"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

// A radio or checkbox group has no element with the field's id: its first input (by name) takes focus instead.
const focusField = (event: React.MouseEvent<HTMLAnchorElement>, id: string, field: string) => {
  const form = event.currentTarget.closest("form") ?? document;
  const target = document.getElementById(id) ?? form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  if (!target) return;
  event.preventDefault();
  target.focus();
  // The label or legend above the field stays in view, as GOV.UK's error summary does.
  (target.closest("fieldset") ?? target.closest("div") ?? target).scrollIntoView({ block: "start" });
};

/**
 * GOV.UK-style summary at the top of a form: the message, then a link to each field in error. Without JavaScript
 * the link jumps to the field; with it, the field itself takes focus, ready to correct.
 */
export const ErrorSummary = ({
  state,
  labels,
  idPrefix,
}: {
  state: FormState;
  labels: Record<string, string>;
  /** The fields' id prefix on a page with several forms (ActionForm's idPrefix). */
  idPrefix?: string;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-4 focus:outline-offset-0 focus:outline-yellow-400"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <p className="mt-2">{state.message}</p>
      {fields.length > 0 && (
        <ul className="mt-2 list-none space-y-1">
          {fields.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${idPrefix ? `${idPrefix}-${field}` : field}`}
                onClick={(event) => focusField(event, idPrefix ? `${idPrefix}-${field}` : field, field)}
                className="font-bold text-red-800 underline"
              >
                {labels[field] ? `${labels[field]}: ` : ""}
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
