import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, notFoundError } from "@/lib/errors";

/** The draft a change is for: not found, or refused once published (the database refuses it too). */
export const draftReport = async (tx: Prisma.TransactionClient, year: number) => {
  const report = await tx.annualReport.findUnique({ where: { year }, select: { id: true, publishedAt: true } });
  if (!report) throw notFoundError("annual report");
  if (report.publishedAt) throw new DomainError("This report is published. A published report cannot be changed.");
  return report;
};
