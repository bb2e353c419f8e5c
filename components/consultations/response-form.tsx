"use client";

import { useActionState, useState } from "react";
import { QuestionFields, questionLabels } from "@/components/questions/question-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { RESPONSE_CHANNEL_LABEL } from "@/lib/consultations/labels";
import { OFFLINE_CHANNELS } from "@/lib/consultations/schemas";
import { shownQuestionIds } from "@/lib/questions/rules";
import type { QuestionDefinition } from "@/lib/questions/types";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  consultationId: string;
  questions: QuestionDefinition[];
  values?: Record<string, string | string[]>;
  /** An officer typing in a paper, phone or meeting response: asks how it came and whose it is. */
  offline?: boolean;
  submitLabel: string;
};

const OFFLINE_LABELS = { channel: "How the response reached you", customerReference: "Customer reference" };

export const ResponseForm = ({ action, consultationId, questions, values, offline, submitLabel }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  // Until someone changes an answer (and always without JavaScript) every question shows, with its wording.
  const [shown, setShown] = useState<ReadonlySet<string>>();
  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    setShown(
      shownQuestionIds(questions, Object.fromEntries([...new Set(data.keys())].map((key) => [key, data.getAll(key)]))),
    );
  };
  return (
    <form action={formAction} onChange={onChange} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{ ...OFFLINE_LABELS, ...questionLabels(questions) }} />
      <input type="hidden" name="consultationId" value={consultationId} />
      {offline && (
        <>
          <RadioGroup
            name="channel"
            legend={OFFLINE_LABELS.channel}
            options={OFFLINE_CHANNELS.map((value) => ({ value, label: RESPONSE_CHANNEL_LABEL[value] }))}
            state={state}
          />
          <TextField
            name="customerReference"
            label={OFFLINE_LABELS.customerReference}
            hint="Leave blank if the response is anonymous. Each customer can respond once, by any route."
            width="medium"
            state={state}
          />
        </>
      )}
      <QuestionFields questions={questions} state={state} values={values} shown={shown} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
};
