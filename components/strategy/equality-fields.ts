import type { FormField } from "@/components/ui/action-form";
import { optionsFrom } from "@/lib/people/labels";
import type { getAssessment } from "@/lib/strategy/equality-assessment";
import { assessmentField, IMPACT_LABEL } from "@/lib/strategy/rules";

type Rows = Awaited<ReturnType<typeof getAssessment>>;

/** The equality impact assessment's fields, for a strategy or a policy: impact, evidence, what we will do. */
export const equalityFields = (rows: Rows, subject: string) =>
  rows.flatMap(({ key, name, assessment }): FormField[] => [
    { kind: "heading", name: `heading_${key}`, label: name },
    {
      kind: "radio",
      name: assessmentField("impact", key),
      label: `${name}: likely impact`,
      options: optionsFrom(IMPACT_LABEL),
      defaultValue: assessment?.impact,
    },
    {
      kind: "textarea",
      name: assessmentField("evidence", key),
      label: `${name}: evidence`,
      hint: `How ${subject} is likely to affect people with this characteristic, and what shows it.`,
      rows: 2,
      defaultValue: assessment?.evidence,
    },
    {
      kind: "textarea",
      name: assessmentField("mitigation", key),
      label: `${name}: what we will do about it`,
      hint: "Needed if the impact is negative.",
      rows: 2,
      defaultValue: assessment?.mitigation ?? undefined,
    },
  ]);
