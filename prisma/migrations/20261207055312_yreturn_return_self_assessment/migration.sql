-- CreateEnum
CREATE TYPE "SelfAssessmentRating" AS ENUM ('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET');

-- AlterEnum
ALTER TYPE "DraftSubjectKind" ADD VALUE 'SELF_ASSESSMENT';

-- CreateTable
CREATE TABLE "RegulatoryReturn" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "regime" "Regime" NOT NULL,
    "snapshot" JSONB,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "submittedByName" TEXT,
    "reference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulatoryReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnFigure" (
    "returnId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "enteredById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnFigure_pkey" PRIMARY KEY ("returnId","code")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "regime" "Regime" NOT NULL,
    "signedOffAt" TIMESTAMP(3),
    "signedOffBy" TEXT,
    "signedOffOn" DATE,
    "minuteRef" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentRequirement" (
    "assessmentId" TEXT NOT NULL,
    "requirementCode" TEXT NOT NULL,
    "rating" "SelfAssessmentRating",
    "narrative" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfAssessmentRequirement_pkey" PRIMARY KEY ("assessmentId","requirementCode")
);

-- CreateTable
CREATE TABLE "SelfAssessmentAction" (
    "strategyActionId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "requirementCode" TEXT NOT NULL,

    CONSTRAINT "SelfAssessmentAction_pkey" PRIMARY KEY ("strategyActionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegulatoryReturn_regime_year_key" ON "RegulatoryReturn"("regime", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_regime_year_key" ON "SelfAssessment"("regime", "year");

-- CreateIndex
CREATE INDEX "SelfAssessmentAction_assessmentId_requirementCode_idx" ON "SelfAssessmentAction"("assessmentId", "requirementCode");

-- AddForeignKey
ALTER TABLE "ReturnFigure" ADD CONSTRAINT "ReturnFigure_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "RegulatoryReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentRequirement" ADD CONSTRAINT "SelfAssessmentRequirement_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentAction" ADD CONSTRAINT "SelfAssessmentAction_strategyActionId_fkey" FOREIGN KEY ("strategyActionId") REFERENCES "StrategyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentAction" ADD CONSTRAINT "SelfAssessmentAction_assessmentId_requirementCode_fkey" FOREIGN KEY ("assessmentId", "requirementCode") REFERENCES "SelfAssessmentRequirement"("assessmentId", "requirementCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- A year is a financial year by its first calendar year.
ALTER TABLE "RegulatoryReturn" ADD CONSTRAINT "RegulatoryReturn_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
-- A submitted return has the figures as filed, who filed it and the regulator's reference.
ALTER TABLE "RegulatoryReturn" ADD CONSTRAINT "RegulatoryReturn_submitted_check" CHECK (
  "submittedAt" IS NULL OR ("snapshot" IS NOT NULL AND "submittedByName" IS NOT NULL AND "reference" IS NOT NULL)
);
-- A signed-off self-assessment names who signed it off, on which day, and the minute.
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_signed_off_check" CHECK (
  "signedOffAt" IS NULL OR ("signedOffBy" IS NOT NULL AND "signedOffOn" IS NOT NULL AND "minuteRef" IS NOT NULL)
);

-- Once submitted, a return and its entered figures are the record of what the regulator was sent: never changed.
CREATE FUNCTION "regulatory_return_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'RegulatoryReturn' THEN
    IF OLD."submittedAt" IS NOT NULL THEN
      RAISE EXCEPTION 'regulatory return % was submitted and cannot change', OLD."id";
    END IF;
  ELSIF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM "RegulatoryReturn" WHERE "id" = OLD."returnId" AND "submittedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'regulatory return % was submitted and its figures cannot change', OLD."returnId";
  ELSIF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "RegulatoryReturn" WHERE "id" = NEW."returnId" AND "submittedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'regulatory return % was submitted and its figures cannot change', NEW."returnId";
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "RegulatoryReturn_frozen" BEFORE UPDATE OR DELETE ON "RegulatoryReturn"
  FOR EACH ROW EXECUTE FUNCTION "regulatory_return_frozen"();
CREATE TRIGGER "ReturnFigure_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "ReturnFigure"
  FOR EACH ROW EXECUTE FUNCTION "regulatory_return_frozen"();

-- Once the board signs a self-assessment off, it, its requirements and its links to improvement actions never
-- change. The actions themselves live on in the action plan and keep their progress updates.
CREATE FUNCTION "self_assessment_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'SelfAssessment' THEN
    IF OLD."signedOffAt" IS NOT NULL THEN
      RAISE EXCEPTION 'self-assessment % was signed off and cannot change', OLD."id";
    END IF;
  ELSIF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM "SelfAssessment" WHERE "id" = OLD."assessmentId" AND "signedOffAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'self-assessment % was signed off and cannot change', OLD."assessmentId";
  ELSIF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "SelfAssessment" WHERE "id" = NEW."assessmentId" AND "signedOffAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'self-assessment % was signed off and cannot change', NEW."assessmentId";
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "SelfAssessment_frozen" BEFORE UPDATE OR DELETE ON "SelfAssessment"
  FOR EACH ROW EXECUTE FUNCTION "self_assessment_frozen"();
CREATE TRIGGER "SelfAssessmentRequirement_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "SelfAssessmentRequirement"
  FOR EACH ROW EXECUTE FUNCTION "self_assessment_frozen"();
CREATE TRIGGER "SelfAssessmentAction_frozen" BEFORE INSERT OR UPDATE ON "SelfAssessmentAction"
  FOR EACH ROW EXECUTE FUNCTION "self_assessment_frozen"();
