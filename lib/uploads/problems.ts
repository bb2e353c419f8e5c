/** One thing wrong with an input file, reported as `line N: column X: what is wrong`. */
export type Problem = { line: number; column: string; message: string };

/** Stands for a whole line (or the whole file) when no single column is at fault. */
export const WHOLE_LINE = "*";

export const formatProblem = ({ line, column, message }: Problem) => `line ${line}: column ${column}: ${message}`;

export const byLine = (a: Problem, b: Problem) => a.line - b.line;

/** A figure computed from a file, or every reason it could not be. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
