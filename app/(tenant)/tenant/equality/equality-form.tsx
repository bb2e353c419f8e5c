"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { answerOptions } from "@/lib/people/equality";
import { answerFieldName } from "@/lib/people/schemas";
import { saveMyEqualityAnswersAction } from "./actions";

type Question = { key: string; label: string; options: string[]; answer?: string };

export const EqualityForm = ({ questions }: { questions: Question[] }) => {
  const [state, action] = useActionState(saveMyEqualityAnswersAction, IDLE);
  const labels = Object.fromEntries(questions.map((q) => [answerFieldName(q.key), q.label]));
  return (
    <form action={action} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={labels} />
      {questions.map((question) => (
        <RadioGroup
          key={question.key}
          name={answerFieldName(question.key)}
          legend={question.label}
          options={answerOptions(question.options).map((option) => ({ value: option, label: option }))}
          defaultValue={question.answer}
          state={state}
        />
      ))}
      <SubmitButton>Save answers</SubmitButton>
    </form>
  );
};
