import { SERVICE_AREA_LABEL } from "@/lib/feedback/labels";
import { listCurrentKpiNames } from "@/lib/kpi/queries";
import { getLandlord } from "@/lib/landlord/queries";
import { outcomeOptions } from "@/lib/outcomes/standards";
import { listScrutinyPanels } from "./queries";

/**
 * The choices review forms offer: the landlord's scrutiny panels, its own regime's outcomes, and topics to pick
 * from (the KPIs in use and the service areas feedback is themed by); a tenant's suggestion is typed instead.
 */
// "Something else" names no theme a panel could review.
const themes = Object.entries(SERVICE_AREA_LABEL).flatMap(([area, label]) => (area === "OTHER" ? [] : [label]));

export const reviewFormOptions = async () => {
  const [panels, landlord, kpis] = await Promise.all([listScrutinyPanels(), getLandlord(), listCurrentKpiNames()]);
  return {
    panels: panels.map((panel) => ({ value: panel.id, label: panel.name })),
    outcomes: outcomeOptions(landlord.regime),
    topics: [
      ...kpis.map((kpi) => `KPI ${kpi.code}: ${kpi.name}`),
      ...themes.map((area) => `Feedback about ${area.toLowerCase()}`),
    ],
  };
};
