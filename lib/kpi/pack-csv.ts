import { toCsv } from "@/lib/csv";
import type { PackContent } from "./pack";
import { commentaryText } from "./commentary";
import { RAG_LABEL, SECTION_LABEL, trendWords } from "./rules";

const number = (value: number | null) => (value === null ? "" : String(value));

/** One row per KPI, figures as plain numbers beside their shown form, so a spreadsheet can work with them. */
export const packCsv = (content: PackContent) =>
  toCsv([
    ["landlord", "period", "prepared on", "signed off by", "signed off on", "minute"],
    [
      content.landlordName,
      content.period.label,
      content.preparedOn.slice(0, 10),
      content.signOff?.signedOffBy ?? "",
      content.signOff?.signedOffOn ?? "",
      content.signOff?.minuteRef ?? "",
    ],
    [],
    [
      "section",
      "code",
      "kpi",
      "unit",
      "value",
      "shown",
      "target",
      "amber tolerance",
      "status",
      "against last quarter",
      "against same quarter last year",
      "outcomes",
      "owner",
      "source",
      "commentary",
    ],
    ...content.tiles.map((tile) => {
      const commentary = content.commentary[tile.code];
      return [
        SECTION_LABEL[tile.section],
        tile.code,
        tile.name,
        tile.unit.toLowerCase(),
        number(tile.value),
        tile.shown,
        number(tile.target),
        number(tile.amberTolerance),
        RAG_LABEL[tile.rag],
        trendWords(tile.lastQuarter.trend, tile.lastQuarter.shown),
        trendWords(tile.lastYear.trend, tile.lastYear.shown),
        tile.outcomeCodes.join(" "),
        tile.owner,
        tile.provenance,
        commentary ? commentaryText(commentary) : "",
      ];
    }),
  ]);
