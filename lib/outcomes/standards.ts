// The regulatory outcomes that KPIs, scrutiny reviews and recommendations are tagged with, so the annual
// assurance statement can list the evidence per outcome. Codes are stored as plain strings ("EN:TIA", "SC:3"),
// so adding an outcome never needs a migration.
import type { Regime } from "@/lib/generated/prisma/enums";

export type Outcome = { code: string; regime: Regime; label: string };

/** England: the Regulator of Social Housing's consumer standards (April 2024). */
const ENGLAND: Outcome[] = [
  { code: "EN:SQ", regime: "ENGLAND", label: "Safety and Quality Standard" },
  { code: "EN:TIA", regime: "ENGLAND", label: "Transparency, Influence and Accountability Standard" },
  { code: "EN:NC", regime: "ENGLAND", label: "Neighbourhood and Community Standard" },
  { code: "EN:TEN", regime: "ENGLAND", label: "Tenancy Standard" },
];

/** Scotland: the Scottish Social Housing Charter's outcomes, by their published numbers. */
const SCOTLAND: Outcome[] = [
  [1, "Equalities"],
  [2, "Communication"],
  [3, "Participation"],
  [4, "Quality of housing"],
  [5, "Repairs, maintenance and improvements"],
  [6, "Estate management, anti-social behaviour, neighbour nuisance and tenancy disputes"],
  [7, "Housing options"],
  [8, "Housing options"],
  [9, "Housing options"],
  [10, "Access to social housing"],
  [11, "Tenancy sustainment"],
  [12, "Homeless people"],
  [13, "Value for money"],
  [14, "Rents and service charges"],
  [15, "Rents and service charges"],
  [16, "Gypsy/Travellers"],
].map(([number, label]) => ({
  code: `SC:${number}`,
  regime: "SCOTLAND" as const,
  label: `Outcome ${number}: ${label}`,
}));

export const OUTCOMES: readonly Outcome[] = [...ENGLAND, ...SCOTLAND];

export const outcomesFor = (regime: Regime): Outcome[] => OUTCOMES.filter((outcome) => outcome.regime === regime);

/** Evidence is tagged with the landlord's own regime's outcomes: a Scottish landlord's statement has no English standards. */
export const outcomeCodesProblem = (codes: readonly string[], regime: Regime) => {
  const allowed = new Set(outcomesFor(regime).map((outcome) => outcome.code));
  return codes.every((code) => allowed.has(code)) ? undefined : "Choose outcomes from your regulator's list";
};

/** The regime's outcomes as a form's checkbox options. */
export const outcomeOptions = (regime: Regime) =>
  outcomesFor(regime).map((outcome) => ({ value: outcome.code, label: outcome.label }));

export const isOutcomeCode = (code: string): boolean => OUTCOMES.some((outcome) => outcome.code === code);

export const outcomeLabel = (code: string): string => OUTCOMES.find((outcome) => outcome.code === code)?.label ?? code;
