import { outcomeLabel } from "@/lib/outcomes/standards";

/** The regulatory outcomes a review or recommendation evidences, by name. */
export const OutcomeList = ({ codes }: { codes: string[] }) =>
  codes.length === 0 ? (
    <>None tagged</>
  ) : (
    <ul className="list-disc pl-6">
      {codes.map((code) => (
        <li key={code}>{outcomeLabel(code)}</li>
      ))}
    </ul>
  );
