import { formatPence } from "@/lib/budget/rules";
import { financialYearLabel } from "@/lib/uk-time";

export type RentOptionTerms = { label: string; changeBasisPoints: number };

/** The option's effect on the average weekly rent, to the penny: 270 basis points of £115.56 is £3.12. */
export const weeklyEffectPence = (averageWeeklyRentPence: number, changeBasisPoints: number) =>
  Math.round((averageWeeklyRentPence * changeBasisPoints) / 10_000);

/** "2.7" or "+2.7%" as 270 basis points; rents can be frozen or cut, so zero and below are allowed. */
export const parsePercentChange = (text: string): number | null => {
  const cleaned = text.trim().replace(/%$/, "").replace(/^\+/, "");
  if (!/^-?\d{1,2}(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
};

const percentText = (basisPoints: number) => `${(Math.abs(basisPoints) / 100).toLocaleString("en-GB")}%`;

/** How the option reads to tenants, the words they choose between and the results are counted by. */
export const optionText = (option: RentOptionTerms, averageWeeklyRentPence: number) => {
  const effect = formatPence(Math.abs(weeklyEffectPence(averageWeeklyRentPence, option.changeBasisPoints)));
  if (option.changeBasisPoints === 0) return `Option ${option.label}: rents stay the same`;
  const way = option.changeBasisPoints > 0 ? "rise" : "fall";
  return `Option ${option.label}: rents ${way} by ${percentText(option.changeBasisPoints)} (${effect} a week on the average rent)`;
};

/** Labels in order: A, B, C. */
export const OPTION_LABELS = ["A", "B", "C"] as const;

/**
 * The year's cycle: tenants are consulted through November, before the board sets the rent in the new year and
 * tenants get the four weeks' notice of a change from April. `year` is the financial year the rent applies to.
 */
export const rentCycle = (year: number) => ({
  opensOn: `${year - 1}-11-01`,
  closesOn: `${year - 1}-11-30`,
  /** From this day the job drafts next year's consultation, a month before it opens. */
  draftFrom: `${year - 1}-10-01`,
});

/** The consultation template: the same words and questions every year, with that year's options. */
export const rentTemplate = (year: number, options: string[]) => ({
  title: `Your rent for ${financialYearLabel(year)}`,
  summary:
    "Every year we set rents for the year from April. We need to cover the cost of repairs, services and " +
    "improvements to your home. Please tell us which option you prefer. The board will consider your views " +
    "before it decides.",
  questions: [
    {
      position: 1,
      type: "SINGLE_CHOICE" as const,
      label: "Which option for next year's rent do you prefer?",
      help: "The weekly amounts are for the average rent. Your letter will show the change to your own rent.",
      options,
      required: true,
    },
    {
      position: 2,
      type: "FREE_TEXT" as const,
      label: "Is there anything else you want the board to know before it decides?",
      help: null,
      options: [],
      required: false,
    },
  ],
});

export type OptionResult = { label: string; text: string; votes: number };

/** "You said, We did" for the decision letter and the public page, from the results and the board's decision. */
export const youSaidWeDid = (
  results: OptionResult[],
  decision: { label: string; decidedOn: string; minuteReference: string; text: string },
) => {
  const total = results.reduce((sum, option) => sum + option.votes, 0);
  const shares = results
    .map((option) => `option ${option.label} ${total > 0 ? Math.round((option.votes / total) * 100) : 0}%`)
    .join(", ");
  const answered = new Intl.PluralRules("en-GB").select(total) === "one" ? "tenant chose" : "tenants chose";
  return {
    youSaid: `${total.toLocaleString("en-GB")} ${answered} an option: ${shares}.`,
    outcome: `The board considered your views and chose ${decision.text.replace(/^Option/, "option")} on ${decision.decidedOn} (minute ${decision.minuteReference}).`,
  };
};
