-- CreateEnum
CREATE TYPE "SurveyRoundStatus" AS ENUM ('OPEN', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "SurveyMethod" AS ENUM ('TELEPHONE', 'ONLINE', 'POSTAL', 'FACE_TO_FACE');

-- CreateEnum
CREATE TYPE "SurveyTenure" AS ENUM ('LCRA', 'LCHO');

-- CreateTable
CREATE TABLE "SurveyRound" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "regime" "Regime" NOT NULL,
    "status" "SurveyRoundStatus" NOT NULL DEFAULT 'OPEN',
    "targetMargin" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "populationLcra" INTEGER NOT NULL DEFAULT 0,
    "populationLcho" INTEGER NOT NULL DEFAULT 0,
    "sampleMethod" TEXT,
    "timing" TEXT,
    "collectionMethods" TEXT,
    "representativeness" TEXT,
    "weighting" TEXT,
    "contractor" TEXT,
    "exclusions" TEXT,
    "incentives" TEXT,
    "createdById" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerceptionResponse" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "respondentRef" TEXT NOT NULL,
    "customerId" TEXT,
    "tenure" "SurveyTenure" NOT NULL,
    "method" "SurveyMethod" NOT NULL,
    "collectedOn" DATE,
    "enteredById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hadRepair" BOOLEAN,
    "complained" BOOLEAN,
    "hasCommunalAreas" BOOLEAN,
    "tp01" SMALLINT,
    "tp02" SMALLINT,
    "tp03" SMALLINT,
    "tp04" SMALLINT,
    "tp05" SMALLINT,
    "tp06" SMALLINT,
    "tp07" SMALLINT,
    "tp08" SMALLINT,
    "tp09" SMALLINT,
    "tp10" SMALLINT,
    "tp11" SMALLINT,
    "tp12" SMALLINT,
    "arc1" SMALLINT,
    "arc2" SMALLINT,
    "arc5" SMALLINT,

    CONSTRAINT "PerceptionResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementMeasure" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "numerator" DOUBLE PRECISION NOT NULL,
    "denominator" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "enteredById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ManagementMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRound_regime_year_key" ON "SurveyRound"("regime", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PerceptionResponse_roundId_respondentRef_key" ON "PerceptionResponse"("roundId", "respondentRef");

-- CreateIndex
CREATE UNIQUE INDEX "PerceptionResponse_roundId_customerId_key" ON "PerceptionResponse"("roundId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ManagementMeasure_code_year_quarter_key" ON "ManagementMeasure"("code", "year", "quarter");

-- AddForeignKey
ALTER TABLE "PerceptionResponse" ADD CONSTRAINT "PerceptionResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SurveyRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerceptionResponse" ADD CONSTRAINT "PerceptionResponse_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scale answers are points 1 to 5; only TP11 and TP12 also take 0, "not applicable/don't know".
ALTER TABLE "PerceptionResponse" ADD CONSTRAINT "PerceptionResponse_points_check" CHECK (
  "tp01" BETWEEN 1 AND 5 AND "tp02" BETWEEN 1 AND 5 AND "tp03" BETWEEN 1 AND 5 AND "tp04" BETWEEN 1 AND 5
  AND "tp05" BETWEEN 1 AND 5 AND "tp06" BETWEEN 1 AND 5 AND "tp07" BETWEEN 1 AND 5 AND "tp08" BETWEEN 1 AND 5
  AND "tp09" BETWEEN 1 AND 5 AND "tp10" BETWEEN 1 AND 5 AND "tp11" BETWEEN 0 AND 5 AND "tp12" BETWEEN 0 AND 5
  AND "arc1" BETWEEN 1 AND 5 AND "arc2" BETWEEN 1 AND 5 AND "arc5" BETWEEN 1 AND 5
);

ALTER TABLE "SurveyRound" ADD CONSTRAINT "SurveyRound_sizes_check" CHECK (
  "year" BETWEEN 2000 AND 2100 AND "targetMargin" > 0 AND "targetMargin" <= 20
  AND "populationLcra" >= 0 AND "populationLcho" >= 0
);

ALTER TABLE "ManagementMeasure" ADD CONSTRAINT "ManagementMeasure_quarter_check" CHECK (
  "quarter" BETWEEN 1 AND 4 AND "numerator" >= 0 AND "denominator" > 0
);

-- A round takes responses only while it is open, whatever the application believes. Unlinking a deleted
-- customer is not an answer, so it is allowed after closing.
CREATE FUNCTION "perception_response_round_open"() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "SurveyRound" r WHERE r."id" = NEW."roundId" AND r."status" = 'OPEN') THEN
    RAISE EXCEPTION 'survey round % is not open for responses', NEW."roundId" USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PerceptionResponse_round_open"
BEFORE INSERT OR UPDATE OF "roundId", "respondentRef", "tenure", "method", "collectedOn", "hadRepair", "complained", "hasCommunalAreas", "tp01", "tp02", "tp03", "tp04", "tp05", "tp06", "tp07", "tp08", "tp09", "tp10", "tp11", "tp12", "arc1", "arc2", "arc5" ON "PerceptionResponse"
FOR EACH ROW EXECUTE FUNCTION "perception_response_round_open"();
