-- CreateEnum
CREATE TYPE "KpiUnit" AS ENUM ('PERCENT', 'COUNT', 'DAYS', 'SECONDS', 'MONEY');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('MANUAL', 'MANAGEMENT_MEASURE', 'PERCEPTION_MEASURE', 'INVOLVED_CUSTOMERS', 'NEW_CUSTOMERS_INVOLVED', 'EVENTS_HELD', 'EVENTS_IN_PARTNERSHIP', 'EVENT_ATTENDEES', 'TRAINING_COMPLETIONS', 'CONSULTATIONS_HELD', 'CONSULTATION_RESPONSE_RATE', 'OUTCOMES_PUBLISHED_ON_TIME', 'SCRUTINY_RECOMMENDATIONS_OPEN');

-- CreateEnum
CREATE TYPE "KpiSection" AS ENUM ('INVOLVEMENT', 'SATISFACTION', 'COMPLAINTS', 'SERVICE_STANDARDS', 'HOMES', 'BUDGET');

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" "KpiUnit" NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "section" "KpiSection" NOT NULL,
    "source" "KpiSource" NOT NULL,
    "sourceCode" TEXT,
    "owner" TEXT NOT NULL,
    "outcomeCodes" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "kpiId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "amberTolerance" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "setById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("kpiId","year")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "kpiId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "enteredById" TEXT,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("kpiId","year","quarter")
);

-- CreateTable
CREATE TABLE "PerformancePack" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "snapshot" JSONB,
    "presentedAt" TIMESTAMP(3),
    "signedOffBy" TEXT,
    "signedOffOn" DATE,
    "minuteRef" TEXT,
    "presentedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PerformancePack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PackCommentary" (
    "packId" TEXT NOT NULL,
    "kpiCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PackCommentary_pkey" PRIMARY KEY ("packId","kpiCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_code_key" ON "Kpi"("code");

-- CreateIndex
CREATE INDEX "Kpi_retiredAt_section_position_idx" ON "Kpi"("retiredAt", "section", "position");

-- CreateIndex
CREATE INDEX "KpiValue_year_quarter_idx" ON "KpiValue"("year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "PerformancePack_year_quarter_key" ON "PerformancePack"("year", "quarter");

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackCommentary" ADD CONSTRAINT "PackCommentary_packId_fkey" FOREIGN KEY ("packId") REFERENCES "PerformancePack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules that must never break, kept by the database as well as the code.
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_values_check" CHECK ("year" BETWEEN 2000 AND 2100 AND "amberTolerance" >= 0);
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_period_check" CHECK ("year" BETWEEN 2000 AND 2100 AND "quarter" BETWEEN 1 AND 4);
ALTER TABLE "PerformancePack" ADD CONSTRAINT "PerformancePack_period_check" CHECK ("year" BETWEEN 2000 AND 2100 AND "quarter" BETWEEN 1 AND 4);
-- A presented pack has its frozen figures and its sign-off.
ALTER TABLE "PerformancePack" ADD CONSTRAINT "PerformancePack_presented_check" CHECK (
  "presentedAt" IS NULL OR ("snapshot" IS NOT NULL AND "signedOffBy" IS NOT NULL AND "signedOffOn" IS NOT NULL AND "minuteRef" IS NOT NULL)
);

-- Once presented, a pack and its commentary are the record of what the board was given: never changed.
CREATE FUNCTION "performance_pack_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'PerformancePack' THEN
    IF OLD."presentedAt" IS NOT NULL THEN
      RAISE EXCEPTION 'performance pack % was presented and cannot change', OLD."id";
    END IF;
  ELSIF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM "PerformancePack" WHERE "id" = OLD."packId" AND "presentedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'performance pack % was presented and its commentary cannot change', OLD."packId";
  ELSIF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "PerformancePack" WHERE "id" = NEW."packId" AND "presentedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'performance pack % was presented and its commentary cannot change', NEW."packId";
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "PerformancePack_frozen" BEFORE UPDATE OR DELETE ON "PerformancePack"
  FOR EACH ROW EXECUTE FUNCTION "performance_pack_frozen"();
CREATE TRIGGER "PackCommentary_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "PackCommentary"
  FOR EACH ROW EXECUTE FUNCTION "performance_pack_frozen"();
