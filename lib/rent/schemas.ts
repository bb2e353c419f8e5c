import { z } from "zod";
import { financialYear, money } from "@/lib/budget/schemas";
import { requiredDate } from "@/lib/forms";
import { OPTION_LABELS, parsePercentChange } from "./rules";
import { ZOutcomeCodes } from "@/lib/outcomes/tags";

const change = (label: string, required: boolean) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    (required ? z.string(`Enter option ${label}'s change`) : z.string().optional()).transform((value, ctx) => {
      if (value === undefined) return undefined;
      const basisPoints = parsePercentChange(value);
      if (basisPoints === null) {
        ctx.addIssue({ code: "custom", message: "Enter a percentage change, like 2.7 or -1" });
        return z.NEVER;
      }
      return basisPoints;
    }),
  );

/** A year's rent consultation: at least two options (A and B), a third if wanted. */
export const ZRentSetting = z
  .object({
    year: financialYear,
    averageWeeklyRent: money("Enter the average weekly rent"),
    opensOn: requiredDate("Enter the date the consultation opens"),
    closesOn: requiredDate("Enter the date the consultation closes"),
    option_A: change("A", true),
    option_B: change("B", true),
    option_C: change("C", false),
  })
  .superRefine((input, ctx) => {
    if (input.closesOn <= input.opensOn)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The closing date must be after the opening date" });
  })
  .transform(({ option_A, option_B, option_C, ...rest }) => ({
    ...rest,
    options: OPTION_LABELS.flatMap((label, index) => {
      const basisPoints = [option_A, option_B, option_C][index];
      return basisPoints === undefined ? [] : [{ label, changeBasisPoints: basisPoints }];
    }),
  }));
export type RentSettingInput = z.infer<typeof ZRentSetting>;

export const ZRentDecision = z.object({
  rentSettingId: z.string().trim().min(1).max(50),
  option: z.enum(OPTION_LABELS, "Choose the option the board chose"),
  decidedOn: requiredDate("Enter the date of the board's decision"),
  minuteReference: z
    .string("Enter the minute reference")
    .trim()
    .min(2, "Enter the minute reference")
    .max(50, "The minute reference must be 50 characters or fewer"),
});

export const ZRentOutcome = z.object({
  rentSettingId: z.string().trim().min(1).max(50),
  youSaid: z
    .string("Enter what tenants said")
    .trim()
    .min(10, "Enter what tenants said")
    .max(2000, "Keep it to 2,000 characters"),
  outcome: z
    .string("Enter what the board did")
    .trim()
    .min(10, "Enter what the board did")
    .max(2000, "Keep it to 2,000 characters"),
  outcomeCodes: ZOutcomeCodes,
});
