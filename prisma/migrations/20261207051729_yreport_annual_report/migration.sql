-- CreateEnum
CREATE TYPE "AnnualReportSection" AS ENUM ('SURVEY', 'KPIS', 'COMPLAINTS', 'SERVICE_STANDARDS', 'YOU_SAID_WE_DID', 'SCRUTINY', 'INVOLVEMENT', 'BUDGET');

-- CreateEnum
CREATE TYPE "ServiceChannel" AS ENUM ('CALLS', 'MESSAGES', 'EMAILS', 'LETTERS', 'COMPLAINTS');

-- AlterEnum
ALTER TYPE "DraftSubjectKind" ADD VALUE 'ANNUAL_REPORT';

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "changed" TEXT,
ADD COLUMN     "learned" TEXT,
ADD COLUMN     "learningPublishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "introduction" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReportPart" (
    "reportId" TEXT NOT NULL,
    "section" "AnnualReportSection" NOT NULL,
    "included" BOOLEAN NOT NULL DEFAULT true,
    "commentary" TEXT NOT NULL DEFAULT '',
    "featured" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReportPart_pkey" PRIMARY KEY ("reportId","section")
);

-- CreateTable
CREATE TABLE "ServiceStandard" (
    "channel" "ServiceChannel" NOT NULL,
    "promise" TEXT NOT NULL,
    "kpiCode" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceStandard_pkey" PRIMARY KEY ("channel")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_year_key" ON "AnnualReport"("year");

-- CreateIndex
CREATE INDEX "Feedback_learningPublishedAt_idx" ON "Feedback"("learningPublishedAt");

-- AddForeignKey
ALTER TABLE "AnnualReportPart" ADD CONSTRAINT "AnnualReportPart_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules that must never break, kept by the database as well as the code.
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
-- A published report has its frozen figures.
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_published_check" CHECK ("publishedAt" IS NULL OR "snapshot" IS NOT NULL);
-- Learning is published only from a complaint that has what was learned and changed.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_learning_check" CHECK (
  "learningPublishedAt" IS NULL OR ("kind" = 'COMPLAINT' AND "learned" IS NOT NULL AND "changed" IS NOT NULL)
);

-- Once published, a report and its sections are what tenants were given: never changed or deleted.
CREATE FUNCTION "annual_report_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'AnnualReport' THEN
    IF OLD."publishedAt" IS NOT NULL THEN
      RAISE EXCEPTION 'annual report % was published and cannot change', OLD."year";
    END IF;
  ELSIF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM "AnnualReport" WHERE "id" = OLD."reportId" AND "publishedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'annual report % was published and its sections cannot change', OLD."reportId";
  ELSIF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "AnnualReport" WHERE "id" = NEW."reportId" AND "publishedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'annual report % was published and its sections cannot change', NEW."reportId";
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AnnualReport_frozen" BEFORE UPDATE OR DELETE ON "AnnualReport"
  FOR EACH ROW EXECUTE FUNCTION "annual_report_frozen"();
CREATE TRIGGER "AnnualReportPart_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "AnnualReportPart"
  FOR EACH ROW EXECUTE FUNCTION "annual_report_frozen"();
