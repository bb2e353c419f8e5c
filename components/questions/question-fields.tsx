import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";
import { answerField, choicesFor, otherField } from "@/lib/questions/rules";
import type { QuestionDefinition } from "@/lib/questions/types";

type Props = {
  questions: QuestionDefinition[];
  state: FormState;
  values?: Record<string, string | string[]>;
  /** With JavaScript, the questions to show for the answers so far; without it, every question shows. */
  shown?: ReadonlySet<string>;
};

/** "Question 3" for each question, for labels in the error summary. */
export const questionLabels = (questions: QuestionDefinition[]) =>
  Object.fromEntries(questions.map((question, index) => [answerField(question.id), `Question ${index + 1}`]));

// Without JavaScript every question is on the page, so a conditional one says in words when to answer it.
const conditionHint = (question: QuestionDefinition, questions: QuestionDefinition[]) => {
  const index = questions.findIndex((q) => q.id === question.showIfQuestionId);
  const controlling = questions[index];
  if (!controlling) return undefined;
  const answer =
    choicesFor(controlling).find((choice) => choice.value === question.showIfAnswer)?.label ?? question.showIfAnswer;
  return `Answer only if you said "${answer}" to question ${index + 1}.`;
};

const Field = ({
  question,
  number,
  hint,
  state,
  values,
}: {
  question: QuestionDefinition;
  number: number;
  hint?: string;
  state: FormState;
  values: Props["values"];
}) => {
  const name = answerField(question.id);
  const label = `${number}. ${question.label}${question.required ? "" : " (optional)"}`;
  const value = values?.[name];
  const text = typeof value === "string" ? value : undefined;
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "YES_NO":
    case "SCALE":
      return (
        <RadioGroup
          name={name}
          legend={label}
          hint={hint}
          options={choicesFor(question)}
          defaultValue={text}
          state={state}
        />
      );
    case "MULTIPLE_CHOICE":
      return (
        <CheckboxGroup
          name={name}
          legend={label}
          hint={hint ? `${hint} Choose all that apply.` : "Choose all that apply."}
          options={choicesFor(question)}
          defaultValues={Array.isArray(value) ? value : text ? [text] : []}
          state={state}
        />
      );
    case "NUMBER":
      return (
        <TextField
          name={name}
          label={label}
          hint={hint}
          inputMode="decimal"
          width="medium"
          defaultValue={text}
          state={state}
        />
      );
    case "FREE_TEXT":
      return <TextField rows={5} name={name} label={label} hint={hint} defaultValue={text} state={state} />;
  }
};

/** A questionnaire's questions, numbered, with a heading wherever a new section starts. */
export const QuestionFields = ({ questions, state, values, shown }: Props) =>
  questions.map((question, index) => {
    const hint = [conditionHint(question, questions), question.help].filter(Boolean).join(" ") || undefined;
    const other = values?.[otherField(question.id)];
    const startsSection = question.section && question.section !== questions[index - 1]?.section;
    return (
      <div key={question.id} hidden={shown ? !shown.has(question.id) : undefined}>
        {startsSection && <h2 className="mb-4 mt-8 text-2xl font-bold">{question.section}</h2>}
        <Field question={question} number={index + 1} hint={hint} state={state} values={values} />
        {question.allowOther && (
          <TextField
            name={otherField(question.id)}
            label={`Your other answer to question ${index + 1}`}
            hint="Only if you chose other."
            defaultValue={typeof other === "string" ? other : undefined}
            state={state}
          />
        )}
      </div>
    );
  });
