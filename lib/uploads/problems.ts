/** One thing wrong with an uploaded file, reported everywhere as `line N: column X: what is wrong`. */
export type Problem = { line: number; column: string; message: string };

/** Stands for a whole line (or the whole file) when no single column is at fault. */
export const WHOLE_LINE = "*";

export const formatProblem = ({ line, column, message }: Problem) => `line ${line}: column ${column}: ${message}`;

export const byLine = (a: Problem, b: Problem) => a.line - b.line;

/** A result read from a file, or every reason it could not be. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const checked = <T>(value: T, problems: Problem[]): Checked<T> =>
  problems.length > 0 ? { ok: false, problems: problems.sort(byLine) } : { ok: true, value };
