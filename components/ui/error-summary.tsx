"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** GOV.UK-style summary at the top of a form: the message, then a link to each field in error. */
export const ErrorSummary = ({ state, labels }: { state: FormState; labels: Record<string, string> }) => {
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
              <a href={`#${field}`} className="font-bold text-red-800 underline">
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
