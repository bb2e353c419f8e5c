import type { FormField } from "@/components/ui/action-form";
import { isoDay } from "@/lib/uk-time";

type Current = { title: string; startsOn: Date; endsOn: Date; vision: string; values: string };

/** The fields of a strategy's title page, empty for a new one or filled with the current version's. */
export const detailsFields = (current?: Current): FormField[] => [
  {
    kind: "text",
    name: "title",
    label: "Title",
    hint: "For example, Customer Involvement Strategy 2025 to 2028",
    defaultValue: current?.title,
  },
  { kind: "date", name: "startsOn", label: "Start date", defaultValue: current && isoDay(current.startsOn) },
  { kind: "date", name: "endsOn", label: "End date", defaultValue: current && isoDay(current.endsOn) },
  {
    kind: "textarea",
    name: "vision",
    label: "Vision",
    hint: "What involvement will achieve, in a sentence or two.",
    defaultValue: current?.vision,
  },
  {
    kind: "textarea",
    name: "values",
    label: "Values",
    hint: "The values the landlord works to, one a line.",
    defaultValue: current?.values,
  },
];
