import { trendArrow, trendWords, type Trend } from "@/lib/kpi/rules";

/** An arrow for the eye, with the same information in words for everyone. */
export const TrendLine = ({ label, trend, earlier }: { label: string; trend: Trend; earlier: string }) => (
  <p>
    <span aria-hidden="true" className="inline-block w-5 font-bold">
      {trendArrow(trend)}
    </span>
    {label}: {trendWords(trend, earlier)}
  </p>
);
