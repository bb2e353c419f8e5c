-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('COMPLIMENT', 'COMMENT', 'SUGGESTION', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('RECEIVED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ServiceArea" AS ENUM ('REPAIRS', 'GAS_SAFETY', 'ANTI_SOCIAL_BEHAVIOUR', 'RENT', 'ESTATE_SERVICES', 'LETTINGS', 'CUSTOMER_SERVICE', 'INVOLVEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "FeedbackChannel" AS ENUM ('ONLINE', 'PHONE', 'LETTER', 'VISIT', 'EMAIL');

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "youSaid" TEXT;

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "serviceArea" "ServiceArea" NOT NULL,
    "channel" "FeedbackChannel" NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'RECEIVED',
    "details" TEXT NOT NULL,
    "customerId" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "assignedToId" TEXT,
    "enteredById" TEXT,
    "stage" SMALLINT NOT NULL DEFAULT 1,
    "acknowledgeBy" DATE,
    "answerBy" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackStage" (
    "feedbackId" TEXT NOT NULL,
    "stage" SMALLINT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "acknowledgedOn" DATE,
    "respondedOn" DATE,
    "extensionWorkingDays" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeedbackStage_pkey" PRIMARY KEY ("feedbackId","stage")
);

-- CreateTable
CREATE TABLE "FeedbackReply" (
    "id" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackStandard" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "acknowledgeDays" INTEGER NOT NULL DEFAULT 3,
    "answerDays" INTEGER NOT NULL DEFAULT 10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackStandard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_number_key" ON "Feedback"("number");

-- CreateIndex
CREATE INDEX "Feedback_status_answerBy_idx" ON "Feedback"("status", "answerBy");

-- CreateIndex
CREATE INDEX "Feedback_customerId_idx" ON "Feedback"("customerId");

-- CreateIndex
CREATE INDEX "Feedback_kind_serviceArea_idx" ON "Feedback"("kind", "serviceArea");

-- CreateIndex
CREATE INDEX "FeedbackStage_receivedOn_idx" ON "FeedbackStage"("receivedOn");

-- CreateIndex
CREATE INDEX "FeedbackReply_feedbackId_createdAt_idx" ON "FeedbackReply"("feedbackId", "createdAt");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackStage" ADD CONSTRAINT "FeedbackStage_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReply" ADD CONSTRAINT "FeedbackReply_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Feedback nobody could answer is refused: a known customer, or a name with an email address or phone number.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_contact_check" CHECK (
  "customerId" IS NOT NULL OR ("contactName" IS NOT NULL AND ("contactEmail" IS NOT NULL OR "contactPhone" IS NOT NULL))
);

-- Only complaints escalate to a second stage.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_stage_check" CHECK ("stage" = 1 OR ("stage" = 2 AND "kind" = 'COMPLAINT'));

ALTER TABLE "FeedbackStage" ADD CONSTRAINT "FeedbackStage_dates_check" CHECK (
  "stage" IN (1, 2) AND "extensionWorkingDays" >= 0
  AND ("acknowledgedOn" IS NULL OR "acknowledgedOn" >= "receivedOn")
  AND ("respondedOn" IS NULL OR "respondedOn" >= "receivedOn")
);

ALTER TABLE "FeedbackStandard" ADD CONSTRAINT "FeedbackStandard_days_check" CHECK (
  "id" = 1 AND "acknowledgeDays" BETWEEN 1 AND 60 AND "answerDays" BETWEEN 1 AND 60 AND "acknowledgeDays" <= "answerDays"
);

-- Outcomes published before "You said" had its own text: state the headline figure, never the landlord's question.
UPDATE "Consultation" c SET "youSaid" = (
  SELECT CASE count(*) WHEN 1 THEN '1 customer gave their views.' ELSE count(*) || ' customers gave their views.' END
  FROM "ConsultationResponse" r WHERE r."consultationId" = c."id"
) WHERE c."status" = 'OUTCOME_PUBLISHED';

-- A published outcome always has both texts.
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_outcome_texts_check" CHECK (
  "status" <> 'OUTCOME_PUBLISHED' OR ("youSaid" IS NOT NULL AND "outcome" IS NOT NULL)
);
