"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; reviewId: string };

export const CloseReviewForm = ({ action, reviewId }: Props) => (
  <ActionForm
    action={action}
    label="Close this review"
    hidden={{ reviewId }}
    fields={[]}
    submit="Close it now: take no more comments"
    kind="secondary"
  />
);
