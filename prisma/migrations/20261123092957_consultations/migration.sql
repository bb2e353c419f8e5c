-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'RESULTS_PUBLISHED', 'OUTCOME_PUBLISHED');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'YES_NO', 'NUMBER', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "ScaleKind" AS ENUM ('SATISFACTION', 'AGREEMENT', 'GOOD_POOR');

-- CreateEnum
CREATE TYPE "ResponseChannel" AS ENUM ('ONLINE', 'PAPER', 'PHONE', 'MEETING', 'FOCUS_GROUP', 'TEXT');

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "outcomeDueDays" INTEGER NOT NULL DEFAULT 28,
    "audienceAreaIds" TEXT[],
    "audienceKinds" "CustomerKind"[],
    "audienceGroupIds" TEXT[],
    "resultsPublishedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "outcomePublishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationQuestion" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "section" TEXT,
    "type" "QuestionType" NOT NULL,
    "label" TEXT NOT NULL,
    "help" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "options" TEXT[],
    "allowOther" BOOLEAN NOT NULL DEFAULT false,
    "scaleKind" "ScaleKind",
    "showIfQuestionId" TEXT,
    "showIfAnswer" TEXT,

    CONSTRAINT "ConsultationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationResponse" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "customerId" TEXT,
    "channel" "ResponseChannel" NOT NULL,
    "areaId" TEXT,
    "customerKind" "CustomerKind",
    "enteredById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" BIGSERIAL NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "option" TEXT,
    "number" DOUBLE PRECISION,
    "text" TEXT,
    "redactedAt" TIMESTAMP(3),

    CONSTRAINT "ConsultationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consultation_status_closesAt_idx" ON "Consultation"("status", "closesAt");

-- CreateIndex
CREATE INDEX "ConsultationQuestion_consultationId_position_idx" ON "ConsultationQuestion"("consultationId", "position");

-- CreateIndex
CREATE INDEX "ConsultationResponse_consultationId_channel_idx" ON "ConsultationResponse"("consultationId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationResponse_consultationId_customerId_key" ON "ConsultationResponse"("consultationId", "customerId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_questionId_option_idx" ON "ConsultationAnswer"("questionId", "option");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_responseId_idx" ON "ConsultationAnswer"("responseId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationQuestion" ADD CONSTRAINT "ConsultationQuestion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ConsultationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ConsultationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Responses are accepted only while a consultation is open by the database's clock, whatever the application
-- believes; Prisma stores UTC in columns without a time zone, hence AT TIME ZONE 'UTC'.
CREATE FUNCTION "consultation_response_window"() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Consultation" c
    WHERE c."id" = NEW."consultationId"
      AND c."status" IN ('SCHEDULED', 'OPEN')
      AND c."opensAt" <= (now() AT TIME ZONE 'UTC')
      AND c."closesAt" > (now() AT TIME ZONE 'UTC')
  ) THEN
    RAISE EXCEPTION 'consultation % is not open for responses', NEW."consultationId" USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ConsultationResponse_window"
BEFORE INSERT OR UPDATE OF "consultationId", "channel", "submittedAt", "updatedAt" ON "ConsultationResponse"
FOR EACH ROW EXECUTE FUNCTION "consultation_response_window"();
