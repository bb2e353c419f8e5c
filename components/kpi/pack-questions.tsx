import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";
import { QUESTION_ITEMS } from "@/lib/kpi/board-questions";
import type { PackQuestion } from "@/lib/kpi/pack-extras";
import { ANSWER_FIELD } from "@/lib/kpi/schemas";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

type Props = {
  questions: PackQuestion[];
  kpis: { code: string; name: string }[];
  period: Record<string, string>;
  /** Null once the pack is presented: questions and answers are then frozen. */
  actions: { ask: Action; answer: Action | null } | null;
};

/** Board members' questions before the meeting and the officers' answers, which go into the pack. */
export const PackQuestions = ({ questions, kpis, period, actions }: Props) => (
  <>
    {questions.length === 0 ? (
      <p className="mb-4">No questions have been asked about this quarter.</p>
    ) : (
      <ol className="mb-6 max-w-3xl space-y-4" aria-label="Questions and answers">
        {questions.map((row) => (
          <li key={row.id} className="border-l-4 border-gray-400 pl-3">
            <p>
              <strong>About {row.subject}</strong>, asked by {row.askedBy}
            </p>
            <p>
              <strong>Question:</strong> {row.question}
            </p>
            <p>
              <strong>Answer:</strong> {row.answer ?? "Not yet answered."}
            </p>
            {actions?.answer && (
              <details className="mt-2 print:hidden">
                <summary className="cursor-pointer underline">{row.answer ? "Change the answer" : "Answer"}</summary>
                <ActionForm
                  action={actions.answer}
                  label={`Answer the question about ${row.subject}`}
                  kind="secondary"
                  hidden={{ id: row.id }}
                  submit="Save the answer"
                  fields={[
                    {
                      kind: "textarea",
                      name: `${ANSWER_FIELD}${row.id}`,
                      label: "Answer",
                      defaultValue: row.answer ?? undefined,
                    },
                  ]}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
    )}
    {actions && (
      <details className="mb-6 max-w-2xl print:hidden">
        <summary className="cursor-pointer text-lg underline">Ask a question before the meeting</summary>
        <ActionForm
          action={actions.ask}
          label="Ask a question before the meeting"
          kind="secondary"
          hidden={period}
          submit="Send the question"
          fields={[
            {
              kind: "radio",
              name: "about",
              label: "What is it about?",
              options: [
                ...Object.entries(QUESTION_ITEMS).map(([value, label]) => ({ value, label })),
                ...kpis.map((kpi) => ({ value: `KPI:${kpi.code}`, label: `${kpi.code} ${kpi.name}` })),
              ],
            },
            { kind: "textarea", name: "question", label: "Your question" },
          ]}
        />
      </details>
    )}
  </>
);
