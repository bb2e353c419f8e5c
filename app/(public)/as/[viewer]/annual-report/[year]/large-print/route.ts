import { reportPdfResponse } from "@/lib/annual-report/download";

export const GET = async (_request: Request, { params }: { params: Promise<{ year: string }> }) =>
  reportPdfResponse((await params).year, { largePrint: true });
