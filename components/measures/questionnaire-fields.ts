import type { FormField } from "@/components/ui/action-form";
import type { Regime } from "@/lib/generated/prisma/enums";
import { questionnaire } from "@/lib/surveys/questionnaire";

/** The round's questionnaire as form fields: numbered, so a screened question can point back to its screening one. */
export const questionnaireFields = (regime: Regime, landlord: string): FormField[] => {
  const { screening, measures } = questionnaire(regime, landlord);
  const numbered = [...screening, ...measures].map((item, index) => ({ ...item, number: index + 1 }));
  const radio = ({ name, question, hint, options, number }: (typeof numbered)[number]): FormField => ({
    kind: "radio",
    name,
    label: `${number}. ${question}`,
    hint,
    options,
  });
  return [
    ...(screening.length > 0
      ? [{ kind: "heading", name: "screening-heading", label: "About your home" } as const]
      : []),
    ...numbered.slice(0, screening.length).map(radio),
    { kind: "heading", name: "measures-heading", label: "How satisfied you are" },
    ...numbered.slice(screening.length).map(radio),
  ];
};
