"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  year: number;
  section: string;
  title: string;
  included: boolean;
  commentary: string;
  /** The KPIs an officer may feature with a chart; none for sections without KPIs. */
  featurable: { value: string; label: string }[];
  featured: string[];
};

const LABELS = {
  included: "Is this section in the report?",
  commentary: "Commentary",
  featured: "KPIs to feature with a chart",
};

/** One section's choices: in or out, the commentary tenants read, and which KPIs are featured. */
export const PartForm = ({ action, year, section, title, included, commentary, featurable, featured }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate aria-label={title}>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="section" value={section} />
      <RadioGroup
        name="included"
        legend={LABELS.included}
        options={[
          { value: "yes", label: "Yes, include it" },
          { value: "no", label: "No, leave it out" },
        ]}
        defaultValue={included ? "yes" : "no"}
        state={state}
      />
      <TextField
        name="commentary"
        label={LABELS.commentary}
        hint="In plain English: what the figures mean for tenants and what we are doing about them."
        rows={6}
        defaultValue={commentary}
        state={state}
      />
      {featurable.length > 0 && (
        <CheckboxGroup
          name="featured"
          legend={LABELS.featured}
          hint="Featured KPIs come first, each with a chart of the last eight quarters."
          options={featurable}
          defaultValues={featured}
          state={state}
        />
      )}
      <SubmitButton>Save this section</SubmitButton>
    </form>
  );
};
