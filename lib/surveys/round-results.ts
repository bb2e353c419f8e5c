import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Regime } from "@/lib/generated/prisma/enums";
import { GROUPS, type Group, type MeasureDefinition, type PerceptionResult } from "@/lib/measures/perception";
import { percent } from "@/lib/measures/rounding";
import { answerColumn, measuresFor, NOT_APPLICABLE_POINTS, POSITIVE_POINTS, SCREENING_COLUMNS } from "./stored-answers";

type CountRow = { tenure: string | null; grouped: number; respondents: number } & Record<
  string,
  number | string | null
>;

// Identifiers come from the regulator's fixed list of measures, never from input, so they may be spliced in.
const quoted = (name: string) => Prisma.raw(`"${name}"`);

const measureCounts = (definition: MeasureDefinition) => {
  const column = quoted(answerColumn(definition.code));
  const key = definition.code.toLowerCase();
  const passed = definition.screenedBy
    ? Prisma.sql` AND ${quoted(SCREENING_COLUMNS[definition.screenedBy])} IS TRUE`
    : Prisma.empty;
  const counts = [
    // 0 is "not applicable/don't know": an answer, but outside the base.
    Prisma.sql`count(*) FILTER (WHERE ${column} > ${NOT_APPLICABLE_POINTS}${passed})::int AS ${quoted(`${key}_base`)}`,
    Prisma.sql`count(*) FILTER (WHERE ${column} >= ${POSITIVE_POINTS}${passed})::int AS ${quoted(`${key}_positive`)}`,
  ];
  if (definition.screenedBy) {
    const screening = quoted(SCREENING_COLUMNS[definition.screenedBy]);
    counts.push(
      Prisma.sql`count(*) FILTER (WHERE ${column} IS NOT NULL AND ${screening} IS NOT TRUE)::int AS ${quoted(`${key}_ignored`)}`,
    );
  }
  return counts;
};

const count = (row: CountRow | undefined, name: string) => Number(row?.[name] ?? 0);

/**
 * The perception measures of a round, counted by the database in one pass over its responses (all respondents and
 * each tenure, by grouping sets), in exactly the shape and with the rules of `tallyMeasures`, so the app's figures
 * equal the command's on the same data.
 */
export const getRoundResults = async (roundId: string, regime: Regime): Promise<PerceptionResult> => {
  const definitions = measuresFor(regime);
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT "tenure"::text AS "tenure", GROUPING("tenure")::int AS "grouped", count(*)::int AS "respondents",
      ${Prisma.join(definitions.flatMap(measureCounts), ", ")}
    FROM "PerceptionResponse"
    WHERE "roundId" = ${roundId}
    GROUP BY GROUPING SETS ((), ("tenure"))`;
  const byGroup = Object.fromEntries(
    GROUPS.map((group) => [group, rows.find((row) => (group === "all" ? row.grouped === 1 : row.tenure === group))]),
  ) as Record<Group, CountRow | undefined>;
  const perGroup = <T>(make: (row: CountRow | undefined) => T) =>
    Object.fromEntries(GROUPS.map((group) => [group, make(byGroup[group])])) as Record<Group, T>;
  const all = byGroup.all;
  return {
    respondents: perGroup((row) => count(row, "respondents")),
    measures: Object.fromEntries(
      definitions.map(({ code }) => {
        const key = code.toLowerCase();
        return [
          code,
          perGroup((row) => {
            const positive = count(row, `${key}_positive`);
            const base = count(row, `${key}_base`);
            return { positive, base, percent: percent(positive, base) };
          }),
        ];
      }),
    ),
    ignored: Object.fromEntries(
      definitions.filter((d) => d.screenedBy).map(({ code }) => [code, count(all, `${code.toLowerCase()}_ignored`)]),
    ),
  };
};
