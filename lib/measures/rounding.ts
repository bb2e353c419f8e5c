/**
 * Published figures are rounded to one decimal place, halves away from zero. Binary floating point cannot
 * represent most halves (67.45 is stored as 67.4499...), so ratios of whole numbers are rounded exactly with
 * integers rather than through Math.round.
 */

/** `numerator / denominator * scale` to one decimal place, or null when there is nothing to divide by. */
export const ratioToOneDecimal = (numerator: number, denominator: number, scale = 1): number | null => {
  if (denominator === 0) return null;
  for (const value of [numerator, denominator, scale]) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Expected a whole number >= 0, got ${value}`);
  }
  const tenths = BigInt(numerator) * BigInt(scale) * 10n;
  const divisor = BigInt(denominator);
  // Adding half the divisor before the integer division rounds halves up, which is away from zero here.
  return Number((2n * tenths + divisor) / (2n * divisor)) / 10;
};

/** `part` as a percentage of `base`: null when the base is 0. */
export const percent = (part: number, base: number) => ratioToOneDecimal(part, base, 100);

/**
 * A real number (not a ratio of whole numbers) to one decimal place. Twelve significant digits absorb the
 * representation error of the multiplication by ten without reaching any digit that matters here.
 */
export const roundToOneDecimal = (value: number) => {
  const tenths = Number((Math.abs(value) * 10).toPrecision(12));
  return (Math.sign(value) * Math.round(tenths)) / 10 || 0;
};
