import { db } from "@/lib/db";
import { annualManagementFigure, MANAGEMENT_MEASURES, managementValue } from "./rules";

/** One quarter's figures as entered, keyed by code, to prefill the form. */
export const getManagementQuarter = async (year: number, quarter: number) =>
  Object.fromEntries(
    (
      await db.managementMeasure.findMany({
        where: { year, quarter },
        select: { code: true, numerator: true, denominator: true, note: true },
      })
    ).map((row) => [row.code, row]),
  );

/** Every management measure for a reporting year, quarter by quarter and for the year, with its published figure. */
export const getManagementYear = async (year: number) => {
  const rows = await db.managementMeasure.findMany({
    where: { year },
    select: { code: true, quarter: true, numerator: true, denominator: true },
  });
  return MANAGEMENT_MEASURES.map((definition) => {
    const own = rows.filter((entry) => entry.code === definition.code);
    return {
      ...definition,
      quarters: [1, 2, 3, 4].map((quarter) => {
        const row = own.find((entry) => entry.quarter === quarter);
        return { quarter, value: row ? managementValue(definition, row.numerator, row.denominator) : null };
      }),
      year: annualManagementFigure(definition, own),
    };
  });
};

/** Years that have management figures, newest first, for the board's year picker. */
export const listManagementYears = async () =>
  (await db.managementMeasure.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } })).map(
    (row) => row.year,
  );
