import type { z } from "zod";
import { byLine, WHOLE_LINE, type Checked, type Problem } from "./problems";
import { readTable, type TableColumns } from "./read-table";

export type Lined<T> = { line: number; row: T };

/** A reference that must be unique, checked on every line, even one with other problems. */
export type UniqueKey = { column: string; key: (cell: Cell) => string; describe: (cell: Cell) => string };

type Cell = (column: string) => string;

/** A reference used twice is reported on the later line, naming the earlier. */
const duplicateProblems = (rows: readonly { line: number; cell: Cell }[], { column, key, describe }: UniqueKey): Problem[] => {
  const first = new Map<string, number>();
  return rows.flatMap(({ line, cell }) => {
    if (cell(column) === "") return [];
    const earlier = first.get(key(cell));
    if (earlier !== undefined) return [{ line, column, message: `${describe(cell)} is also on line ${earlier}` }];
    first.set(key(cell), line);
    return [];
  });
};

/** Reads a CSV file and checks every line with `schema`, which sees each known column by name. */
export const readRows = <T>(text: string, columns: TableColumns, schema: z.ZodType<T>, unique: UniqueKey) => {
  const table = readTable(text, columns);
  const problems = [...table.problems, ...duplicateProblems(table.rows, unique)];
  const rows: Lined<T>[] = [];
  const names = [...columns.required, ...columns.optional];
  for (const { line, cell } of table.rows) {
    const result = schema.safeParse(Object.fromEntries(names.map((name) => [name, cell(name)])));
    if (result.success) rows.push({ line, row: result.data });
    else problems.push(...result.error.issues.map(({ path, message }) => ({ line, column: String(path[0] ?? WHOLE_LINE), message })));
  }
  return { rows, problems };
};

export const checked = <T>(value: T, problems: Problem[]): Checked<T> =>
  problems.length > 0 ? { ok: false, problems: problems.sort(byLine) } : { ok: true, value };
