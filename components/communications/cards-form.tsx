"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { CARD_HINT, CARD_OPTIONS, type CardKind } from "@/lib/communications/cards";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  communicationId: string;
  chosen: CardKind[];
};

/** A draft's cards from the portal, changed with one ordinary form; the preview below shows them filled. */
export const CardsForm = ({ action, communicationId, chosen }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="mb-8" aria-label="Cards from the portal">
      <ErrorSummary state={state} labels={{ cards: "Cards from the portal" }} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <CheckboxGroup
        name="cards"
        legend="Cards from the portal"
        hint={CARD_HINT}
        options={CARD_OPTIONS}
        defaultValues={chosen}
        state={state}
      />
      <SubmitButton kind="secondary">Save the cards</SubmitButton>
    </form>
  );
};
