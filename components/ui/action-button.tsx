"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { buttonProps } from "./button-styles";
import { Notice } from "./notice";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  /** Says what the button acts on ("Mark attended" for whom), for screen reader users moving through a list. */
  context?: string;
};

/** One button that posts a few hidden values (move, remove, cancel, mark attended), showing the outcome beside it; works without JavaScript. */
export const ActionButton = ({ action, fields, children, context }: Props) => {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{}} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-disabled={pending} {...buttonProps("secondary")}>
        {children}
        {context && <span className="sr-only"> {context}</span>}
      </button>
    </form>
  );
};
