"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** Says what the button acts on, for screen reader users moving through a list of buttons. */
  context?: string;
};

/** One-button form (cancel, mark attended, send reminders) that shows its own outcome; works without JavaScript. */
export const ActionButton = ({ action, fields, label, context }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" && (
        <p role="alert" className="font-bold text-red-800">
          {state.message}
        </p>
      )}
      {state.status === "ok" && (
        <p role="status" className="font-bold text-green-800">
          {state.message}
        </p>
      )}
      <button type="submit" className="rounded border-2 border-green-800 px-3 py-1 font-bold text-green-900 underline">
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
    </form>
  );
};
