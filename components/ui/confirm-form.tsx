"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { CONFIRMED } from "@/lib/confirm";
import type { ButtonKind } from "./button-styles";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** The button says exactly what happens: "Yes, publish it". */
  confirm: string;
  cancelHref: string;
  cancel?: string;
  /** Secondary when the page's main step is another form (the page has one primary button). */
  kind?: ButtonKind;
};

/**
 * The second step of an action that cannot be taken back. It posts the confirmation field the server action
 * insists on, so a direct post from an ordinary button (or a replayed request) is refused.
 */
export const ConfirmForm = ({ action, fields, confirm, cancelHref, cancel = "No, go back", kind }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-6">
      <ErrorSummary state={state} labels={{}} />
      {Object.entries({ ...fields, [CONFIRMED.name]: CONFIRMED.value }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton kind={kind}>{confirm}</SubmitButton>
        <Link href={cancelHref} className="text-lg">
          {cancel}
        </Link>
      </div>
    </form>
  );
};
