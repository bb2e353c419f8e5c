"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import type { ButtonKind } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Common = { name: string; label: string; hint?: string; defaultValue?: string };

export type FormField =
  | (Common & { kind: "text" | "date"; type?: "email" | "tel" | "datetime-local" | "url"; autoComplete?: string })
  | (Common & { kind: "textarea"; rows?: number })
  | (Common & { kind: "radio"; options: { value: string; label: string }[] })
  | (Common & { kind: "checkboxes"; options: { value: string; label: string }[]; defaultValues?: string[] })
  | { kind: "file"; name: string; label: string; hint?: string; accept?: string }
  | { kind: "heading"; name: string; label: string };

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: FormField[];
  submit: string;
  /** Which record the form is about: ids the action needs but the user does not type. */
  hidden?: Record<string, string>;
  /** Names the form for assistive technology when a page has several. */
  label?: string;
  /** Secondary when the form is not the page's main next step. */
  kind?: ButtonKind;
  /** Prefixes the fields' ids where a page repeats this form (one per row), so each label names its own field. */
  idPrefix?: string;
};

/**
 * A form described as data, for the many small staff forms that are only fields and a button. The server
 * action's state supplies the error beside each field and in the summary, with or without JavaScript.
 */
export const ActionForm = ({ action, fields, submit, hidden = {}, label, kind, idPrefix }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  return (
    <form action={formAction} noValidate aria-label={label}>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={labels} idPrefix={idPrefix} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((described) => {
        const field = { ...described, id: idPrefix ? `${idPrefix}-${described.name}` : described.name };
        switch (field.kind) {
          case "heading":
            return (
              <h2 key={field.name} className="mb-3 mt-6 text-xl font-bold">
                {field.label}
              </h2>
            );
          case "text":
          case "date":
            return (
              <TextField
                key={field.name}
                {...field}
                type={field.type ?? field.kind}
                width={field.kind === "date" ? "medium" : "full"}
                state={state}
              />
            );
          case "textarea":
            return <TextField key={field.name} {...field} rows={field.rows ?? 4} state={state} />;
          case "radio":
            return <RadioGroup key={field.name} {...field} legend={field.label} state={state} />;
          case "checkboxes":
            return <CheckboxGroup key={field.name} {...field} legend={field.label} state={state} />;
          case "file":
            return <FileField key={field.name} {...field} state={state} />;
        }
      })}
      <SubmitButton kind={kind}>{submit}</SubmitButton>
    </form>
  );
};
