import "server-only";
import { getLandlord } from "@/lib/landlord/queries";
import { outcomesFor } from "@/lib/outcomes/standards";
import { listScrutinyPanels } from "./queries";

/** The choices review forms offer: the landlord's scrutiny panels, and its own regime's outcomes. */
export const reviewFormOptions = async () => {
  const [panels, landlord] = await Promise.all([listScrutinyPanels(), getLandlord()]);
  return {
    panels: panels.map((panel) => ({ value: panel.id, label: panel.name })),
    outcomes: outcomesFor(landlord.regime).map((outcome) => ({ value: outcome.code, label: outcome.label })),
  };
};
