import { packCsv } from "@/lib/kpi/pack-csv";
import { packForDownload } from "@/lib/kpi/pack-request";

export const GET = async (request: Request) => {
  const { content, fileName } = await packForDownload(request);
  return new Response(packCsv(content), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}.csv"`,
    },
  });
};
