import type { Overdue } from "@/lib/feedback/rules";

/** Late items say so in words, not only in colour. */
export const OverdueTag = ({ overdue }: { overdue: Overdue }) =>
  overdue && (
    <strong className="text-red-800">
      {overdue === "acknowledgement" ? "Acknowledgement overdue" : "Answer overdue"}
    </strong>
  );
