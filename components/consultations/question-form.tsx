"use client";

import { useActionState, useState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { optionsFrom } from "@/lib/people/labels";
import { QUESTION_TYPE_LABEL, SCALE_KIND_LABEL } from "@/lib/questions/labels";
import type { QuestionDefinition } from "@/lib/questions/types";
import type { QuestionType } from "@/lib/generated/prisma/enums";

const CHOICE_KINDS: readonly string[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE"] satisfies QuestionType[];

const LABELS = {
  type: "Kind of question",
  label: "Question",
  help: "Help text",
  section: "Section title",
  required: "Answer needed",
  options: "Answers to choose from",
  allowOther: "Other",
  scaleKind: "Scale",
  showIfQuestionId: "Only ask if",
  showIfAnswer: "The answer was",
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  consultationId: string;
  /** Earlier questions that a condition may point to. */
  earlier: { id: string; label: string }[];
  question?: QuestionDefinition;
};

/**
 * Without JavaScript every field shows, with hints saying which kinds they are for. With it, the fields for other
 * kinds of question hide as soon as a kind is chosen, so an officer sees only what applies.
 */
export const QuestionForm = ({ action, consultationId, earlier, question }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  const submittedKind = state.status === "error" ? state.values.type : undefined;
  const [kind, setKind] = useState<string | undefined>(
    typeof submittedKind === "string" ? submittedKind : question?.type,
  );
  const hideUnless = (applies: boolean) => kind !== undefined && !applies;
  return (
    <form
      action={formAction}
      noValidate
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.name === "type") setKind(target.value);
      }}
    >
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="consultationId" value={consultationId} />
      {question && <input type="hidden" name="questionId" value={question.id} />}
      <RadioGroup
        name="type"
        legend={LABELS.type}
        options={optionsFrom(QUESTION_TYPE_LABEL)}
        defaultValue={question?.type}
        state={state}
      />
      <TextField name="label" label={LABELS.label} defaultValue={question?.label} state={state} />
      <TextField
        name="help"
        label={`${LABELS.help} (optional)`}
        hint="Shown under the question."
        defaultValue={question?.help ?? undefined}
        state={state}
      />
      <TextField
        name="section"
        label={`${LABELS.section} (optional)`}
        hint="Questions with the same section title are grouped under it."
        defaultValue={question?.section ?? undefined}
        state={state}
      />
      <CheckboxGroup
        name="required"
        legend={LABELS.required}
        options={[{ value: "yes", label: "People must answer this question" }]}
        defaultValues={!question || question.required ? ["yes"] : []}
        state={state}
      />
      <div hidden={hideUnless(CHOICE_KINDS.includes(kind ?? ""))}>
        <TextField
          rows={5}
          name="options"
          label={LABELS.options}
          hint="For choose one and choose all that apply: one answer on each line."
          defaultValue={question?.options.join("\n")}
          state={state}
        />
        <CheckboxGroup
          name="allowOther"
          legend={LABELS.allowOther}
          options={[{ value: "yes", label: "Add “Other, please specify”" }]}
          defaultValues={question?.allowOther ? ["yes"] : []}
          state={state}
        />
      </div>
      <div hidden={hideUnless(kind === "SCALE")}>
        <RadioGroup
          name="scaleKind"
          legend={LABELS.scaleKind}
          hint="For five-point scales only."
          options={optionsFrom(SCALE_KIND_LABEL)}
          defaultValue={question?.scaleKind ?? undefined}
          state={state}
        />
      </div>
      {earlier.length > 0 && (
        <fieldset className="mb-6">
          <legend className="text-lg font-bold">Ask only depending on an earlier answer (optional)</legend>
          <div className="mb-4 max-w-xl">
            <SelectField
              name="showIfQuestionId"
              label={LABELS.showIfQuestionId}
              emptyLabel="Always ask this question"
              options={earlier.map((q, index) => ({ value: q.id, label: `${index + 1}. ${q.label}` }))}
              defaultValue={question?.showIfQuestionId ?? undefined}
            />
          </div>
          <TextField
            name="showIfAnswer"
            label={LABELS.showIfAnswer}
            hint="Exactly as offered, for example Yes."
            width="medium"
            defaultValue={question?.showIfAnswer ?? undefined}
            state={state}
          />
        </fieldset>
      )}
      <SubmitButton>{question ? "Save question" : "Add question"}</SubmitButton>
    </form>
  );
};
