import type { z } from "zod";
import { WHOLE_LINE } from "./problems";
import { nextTurn } from "./read-csv-records";
import { readTable, type TableColumns } from "./read-table";

export type Lined<T> = { line: number; row: T };

/** A reference that must be unique, checked on every line, even one with other problems. */
export type UniqueKey = { column: string; key: (cell: Cell) => string; describe: (cell: Cell) => string };

type Cell = (column: string) => string;

/** Lines checked between two turns of the event loop: a few milliseconds' work. */
const ROWS_PER_TURN = 500;

/** Reads a CSV file and checks every line with `schema`, which sees each known column by name, and `unique` on every line. */
export const readRows = async <T>(text: string, columns: TableColumns, schema: z.ZodType<T>, unique: UniqueKey) => {
  const table = await readTable(text, columns);
  const problems = [...table.problems];
  const rows: Lined<T>[] = [];
  // A reference used twice is reported on the later line, naming the earlier.
  const firstLine = new Map<string, number>();
  const names = [...columns.required, ...columns.optional];
  for (const [index, { line, cell }] of table.rows.entries()) {
    // Checking a line takes microseconds, a file's worth seconds: other requests are served in between.
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    if (cell(unique.column) !== "") {
      const earlier = firstLine.get(unique.key(cell));
      if (earlier === undefined) firstLine.set(unique.key(cell), line);
      else
        problems.push({ line, column: unique.column, message: `${unique.describe(cell)} is also on line ${earlier}` });
    }
    const result = schema.safeParse(Object.fromEntries(names.map((name) => [name, cell(name)])));
    if (result.success) rows.push({ line, row: result.data });
    else
      problems.push(
        ...result.error.issues.map(({ path, message }) => ({ line, column: String(path[0] ?? WHOLE_LINE), message })),
      );
  }
  return { rows, problems };
};
