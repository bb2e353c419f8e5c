"use client";

import { CsvUploadForm } from "@/components/ui/csv-upload-form";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";

const LABELS = {
  file: "Complaints file",
  from: "First day of the period",
  to: "Last day of the period",
  homes: "Homes you own (optional)",
};

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; period: { from: string; to: string } };

export const ComplaintsUploadForm = ({ action, period }: Props) => (
  <CsvUploadForm
    action={action}
    labels={LABELS}
    hint="A CSV file from your complaints system, one line per complaint stage, saved as UTF-8."
    submit="Work out the figures"
    fields={(state) => (
      <>
        <TextField
          name="from"
          type="date"
          label={LABELS.from}
          defaultValue={period.from}
          width="medium"
          state={state}
        />
        <TextField name="to" type="date" label={LABELS.to} defaultValue={period.to} width="medium" state={state} />
        <TextField
          name="homes"
          inputMode="numeric"
          label={LABELS.homes}
          hint="Gives complaints per 1,000 homes (England CH01)."
          width="medium"
          state={state}
        />
      </>
    )}
  />
);
