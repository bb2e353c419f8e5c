import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { AGE_BAND_LABEL } from "@/lib/reach/labels";

/** Counts by age band at an activity for children and young people: numbers only, never names. */
export const AgeCountForm = ({
  action,
  eventId,
  current,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  eventId: string;
  current: Partial<Record<AgeBand, number>>;
}) => (
  <ActionForm
    action={action}
    label="How many came, by age"
    submit="Save the counts by age"
    kind="secondary"
    hidden={{ eventId }}
    fields={[
      { kind: "heading", name: "ages", label: "How many came, by age" },
      ...(Object.keys(AGE_BAND_LABEL) as AgeBand[]).map((band) => ({
        kind: "text" as const,
        name: band,
        label: `Aged ${AGE_BAND_LABEL[band].toLowerCase()}`,
        hint: band === "UNDER_5" ? "For children and young people we count by age only: no names." : undefined,
        defaultValue: String(current[band] ?? 0),
      })),
    ]}
  />
);
