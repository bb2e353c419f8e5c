import { formatProblem, type Problem } from "@/lib/uploads/problems";

type Props = { problems: Problem[]; total: number; consequence: string };

/** Every problem in a file as `line N: column X: what is wrong`, under what they stop from happening. */
export const FileProblems = ({ problems, total, consequence }: Props) => (
  <section aria-labelledby="file-problems" className="mb-8 border-4 border-red-700 p-4">
    <h3 id="file-problems" className="text-xl font-bold">
      {consequence} until {total === 1 ? "this problem is" : `these ${total} problems are`} corrected
    </h3>
    {total > problems.length && <p>The first {problems.length} are listed.</p>}
    <ul className="mt-2 list-disc pl-6">
      {problems.map((problem) => (
        <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
      ))}
    </ul>
  </section>
);
