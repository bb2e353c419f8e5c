import { toCsv } from "@/lib/csv";
import type { Regime } from "@/lib/generated/prisma/enums";
import { type ComparedMeasure, groupsFor } from "./results-rules";

const text = (value: number | null) => (value === null ? "" : String(value));

/** A round's measures as CSV: one line per measure and group, with last year's figure and the change. */
export const resultsCsv = (measures: ComparedMeasure[], regime: Regime) =>
  toCsv([
    ["measure", "name", "group", "positive", "base", "percent", "previous_year_percent", "change_points"],
    ...measures.flatMap((measure) =>
      measure.groups
        .filter((entry) => groupsFor(regime).includes(entry.group))
        .map((entry) => [
          measure.code,
          measure.name,
          entry.group,
          String(entry.positive),
          String(entry.base),
          text(entry.percent),
          text(entry.previousPercent),
          text(entry.difference),
        ]),
    ),
  ]);
