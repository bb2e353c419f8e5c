import { roundToOneDecimal } from "./rounding";

/** 95% confidence, and p = 0.5, the most cautious assumption about how answers split. */
const Z = 1.96;
const P = 0.5;

/**
 * Responses needed from a population of `population` homes for a margin of error of `margin` percentage points,
 * with the finite population correction. The tolerance keeps a result that is a whole number in exact arithmetic
 * from being pushed up by floating-point noise.
 */
export const requiredSampleSize = (population: number, margin: number) => {
  const n0 = (Z ** 2 * P * (1 - P)) / (margin / 100) ** 2;
  const n = n0 / (1 + (n0 - 1) / population);
  return Math.ceil(n - 1e-9);
};

/** The margin of error (percentage points) achieved by `responses` out of `population`: null before any response. */
export const achievedMargin = (population: number, responses: number): number | null => {
  if (responses <= 0) return null;
  if (responses >= population) return 0;
  const margin =
    Z * Math.sqrt((P * (1 - P)) / responses) * Math.sqrt((population - responses) / (population - 1)) * 100;
  return roundToOneDecimal(margin);
};
