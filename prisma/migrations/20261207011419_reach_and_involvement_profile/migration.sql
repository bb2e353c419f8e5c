-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_5', 'AGE_5_TO_10', 'AGE_11_TO_15', 'AGE_16_TO_24', 'AGE_25_TO_64', 'AGE_65_OR_OVER');

-- CreateEnum
CREATE TYPE "HouseholdRelationship" AS ENUM ('PARTNER', 'SON_OR_DAUGHTER', 'PARENT', 'OTHER_RELATIVE', 'LODGER_OR_OTHER');

-- CreateEnum
CREATE TYPE "EvaluationAnswer" AS ENUM ('YES', 'PARTLY', 'NO');

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "audienceEqualityAnswers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "audienceSupportNeeds" "SupportNeedKind"[] DEFAULT ARRAY[]::"SupportNeedKind"[];

-- AlterTable
ALTER TABLE "Landlord" ADD COLUMN     "reachGapPoints" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "relationship" "HouseholdRelationship" NOT NULL,
    "email" TEXT,
    "contactConsentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdChildren" (
    "customerId" TEXT NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "HouseholdChildren_pkey" PRIMARY KEY ("customerId","ageBand")
);

-- CreateTable
CREATE TABLE "EventAgeCount" (
    "eventId" TEXT NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventAgeCount_pkey" PRIMARY KEY ("eventId","ageBand")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "consultationId" TEXT,
    "accessible" "EvaluationAnswer",
    "listenedTo" "EvaluationAnswer",
    "whatWouldHelp" TEXT,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationReceipt" (
    "customerId" TEXT NOT NULL,
    "eventId" TEXT,
    "consultationId" TEXT,
    "id" TEXT NOT NULL,

    CONSTRAINT "EvaluationReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRequest" (
    "id" TEXT NOT NULL,
    "customerId" TEXT,
    "userId" TEXT,
    "courseId" TEXT,
    "ownWords" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invitedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HouseholdMember_customerId_idx" ON "HouseholdMember"("customerId");

-- CreateIndex
CREATE INDEX "HouseholdMember_ageBand_idx" ON "HouseholdMember"("ageBand");

-- CreateIndex
CREATE INDEX "Evaluation_eventId_idx" ON "Evaluation"("eventId");

-- CreateIndex
CREATE INDEX "Evaluation_consultationId_idx" ON "Evaluation"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationReceipt_customerId_eventId_key" ON "EvaluationReceipt"("customerId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationReceipt_customerId_consultationId_key" ON "EvaluationReceipt"("customerId", "consultationId");

-- CreateIndex
CREATE INDEX "TrainingRequest_customerId_idx" ON "TrainingRequest"("customerId");

-- CreateIndex
CREATE INDEX "TrainingRequest_userId_idx" ON "TrainingRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRequest_courseId_customerId_key" ON "TrainingRequest"("courseId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRequest_courseId_userId_key" ON "TrainingRequest"("courseId", "userId");

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdChildren" ADD CONSTRAINT "HouseholdChildren_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAgeCount" ADD CONSTRAINT "EventAgeCount_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Nobody under 16 is ever a named household member: children are only counted, per age band (decision 23).
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_sixteen_or_over_check" CHECK (
  "ageBand" NOT IN ('UNDER_5', 'AGE_5_TO_10', 'AGE_11_TO_15')
);
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_contact_consent_check" CHECK (
  "email" IS NULL OR "contactConsentAt" IS NOT NULL
);
ALTER TABLE "HouseholdChildren" ADD CONSTRAINT "HouseholdChildren_under_sixteen_check" CHECK (
  "ageBand" IN ('UNDER_5', 'AGE_5_TO_10', 'AGE_11_TO_15') AND "count" BETWEEN 1 AND 20
);
ALTER TABLE "EventAgeCount" ADD CONSTRAINT "EventAgeCount_count_check" CHECK ("count" BETWEEN 0 AND 100000);

-- An evaluation and its receipt are each about exactly one activity.
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_one_activity_check" CHECK (
  ("eventId" IS NULL) <> ("consultationId" IS NULL)
);
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_one_activity_check" CHECK (
  ("eventId" IS NULL) <> ("consultationId" IS NULL)
);

-- A training wish is someone's (a tenant's or a member of staff's) and names a course or says what, in words.
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_who_and_what_check" CHECK (
  ("customerId" IS NULL) <> ("userId" IS NULL) AND ("courseId" IS NOT NULL OR "ownWords" IS NOT NULL)
);

ALTER TABLE "Landlord" ADD CONSTRAINT "Landlord_reach_gap_check" CHECK ("reachGapPoints" BETWEEN 1 AND 50);
