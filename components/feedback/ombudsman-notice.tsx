import { OMBUDSMAN } from "@/lib/complaints/ombudsman";
import type { Regime } from "@/lib/measures/bank-holidays";

/** The complainant's right to an independent ombudsman, with how to reach the one for the landlord's regime. */
export const OmbudsmanNotice = ({ regime }: { regime: Regime }) => {
  const ombudsman = OMBUDSMAN[regime];
  return (
    <section aria-labelledby="ombudsman" className="mb-8 border-l-4 border-green-800 pl-4">
      <h2 id="ombudsman" className="mb-2 text-2xl font-bold">
        If you are still not happy
      </h2>
      <p className="mb-2">
        You can ask {ombudsman.name} to look at your complaint {ombudsman.when} It is free and independent of us.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>Phone {ombudsman.phone}</li>
        <li>
          Website: <a href={ombudsman.website}>{ombudsman.website.replace("https://", "")}</a>
        </li>
        <li>{ombudsman.alsoBy}</li>
      </ul>
    </section>
  );
};
