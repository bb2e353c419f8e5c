import { DataTable } from "@/components/ui/data-table";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import type { Group } from "@/lib/measures/perception";
import { type ComparedMeasure, describeDifference } from "@/lib/surveys/results-rules";
import { financialYearLabel } from "@/lib/uk-time";

type Props = { measures: ComparedMeasure[]; group: Group; year: number; previousYear: number | null };

const percentText = (value: number | null) => (value === null ? "No answers" : `${value.toFixed(1)}%`);

/**
 * One group's measures as a table, with a bar in the percentage cell for sighted readers; the bar is hidden from
 * assistive technology, which reads the figure beside it.
 */
export const PerceptionTable = ({ measures, group, year, previousYear }: Props) => (
  <DataTable
    caption={`${TENURE_LABEL[group]}: perception measures ${financialYearLabel(year)}${previousYear ? ` compared with ${financialYearLabel(previousYear)}` : ""}`}
    rowKey={(measure) => measure.code}
    rows={measures}
    columns={[
      {
        header: "Measure",
        cell: (measure) => (
          <>
            <span className="font-bold">{measure.code}</span> {measure.name}
          </>
        ),
      },
      { header: "Positive", cell: (measure) => measure.groups.find((g) => g.group === group)?.positive ?? 0 },
      { header: "Answered (base)", cell: (measure) => measure.groups.find((g) => g.group === group)?.base ?? 0 },
      {
        header: "Per cent",
        cell: (measure) => {
          const value = measure.groups.find((g) => g.group === group)?.percent ?? null;
          return (
            <div className="min-w-24">
              {percentText(value)}
              <div aria-hidden="true" className="mt-1 h-2 w-full bg-gray-200">
                <div className="h-2 bg-green-800" style={{ width: `${value ?? 0}%` }} />
              </div>
            </div>
          );
        },
      },
      ...(previousYear
        ? [
            {
              header: financialYearLabel(previousYear),
              cell: (measure: ComparedMeasure) =>
                percentText(measure.groups.find((g) => g.group === group)?.previousPercent ?? null),
            },
            {
              header: "Change",
              cell: (measure: ComparedMeasure) =>
                describeDifference(measure.groups.find((g) => g.group === group)?.difference ?? null) ||
                "Not comparable",
            },
          ]
        : []),
    ]}
  />
);
