import type { KpiTile } from "@/lib/kpi/queries";
import { sparkMarkup } from "@/lib/kpi/chart-markup";

/** A tile's eight quarters at a glance (lib/kpi/chart-markup.ts), in a span so it can sit in a line of text. */
export const SparkBars = ({ tile }: { tile: KpiTile }) => (
  <span className="inline-block" dangerouslySetInnerHTML={{ __html: sparkMarkup(tile, "h-10 w-40") }} />
);
