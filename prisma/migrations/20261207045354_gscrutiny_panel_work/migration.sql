-- CreateEnum
CREATE TYPE "ReportVote" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "MonitoringRating" AS ENUM ('ON_TRACK', 'SOME_CONCERNS', 'OFF_TRACK');

-- CreateEnum
CREATE TYPE "MonitoringOutcome" AS ENUM ('SIGNED_OFF', 'REFERRED');

-- CreateEnum
CREATE TYPE "ReportBody" AS ENUM ('BOARD', 'TENANTS_BOARD', 'SCRUTINY_COMMITTEE');

-- AlterEnum
ALTER TYPE "ScrutinyEvidenceKind" ADD VALUE 'NOTE';

-- DropIndex
DROP INDEX "StrategyReportPresentation_strategyId_year_quarter_key";

-- AlterTable
ALTER TABLE "ScrutinyEvidence" ADD COLUMN     "addedById" TEXT;

-- AlterTable
ALTER TABLE "ScrutinyReview" ADD COLUMN     "reportAgreedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Strategy" ADD COLUMN     "monitoringGroupId" TEXT;

-- AlterTable
ALTER TABLE "StrategyReportPresentation" ADD COLUMN     "body" "ReportBody" NOT NULL DEFAULT 'BOARD',
ADD COLUMN     "minuteRef" TEXT;

-- CreateTable
CREATE TABLE "ScrutinyTextRevision" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "recommendationId" TEXT,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScrutinyTextRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScrutinyReportVote" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "vote" "ReportVote" NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScrutinyReportVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringReview" (
    "id" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "rating" "MonitoringRating",
    "outcome" "MonitoringOutcome",
    "outcomeNote" TEXT,
    "decidedOn" DATE,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringActionNote" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "rating" "MonitoringRating" NOT NULL,
    "comment" TEXT NOT NULL,
    "authorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonitoringActionNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScrutinyTextRevision_reviewId_createdAt_idx" ON "ScrutinyTextRevision"("reviewId", "createdAt");

-- CreateIndex
CREATE INDEX "ScrutinyTextRevision_recommendationId_createdAt_idx" ON "ScrutinyTextRevision"("recommendationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScrutinyReportVote_reviewId_voterId_key" ON "ScrutinyReportVote"("reviewId", "voterId");

-- CreateIndex
CREATE INDEX "MonitoringReview_groupId_idx" ON "MonitoringReview"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringReview_strategyId_year_quarter_key" ON "MonitoringReview"("strategyId", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringActionNote_reviewId_actionId_key" ON "MonitoringActionNote"("reviewId", "actionId");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyReportPresentation_strategyId_year_quarter_body_key" ON "StrategyReportPresentation"("strategyId", "year", "quarter", "body");

-- AddForeignKey
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_monitoringGroupId_fkey" FOREIGN KEY ("monitoringGroupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyEvidence" ADD CONSTRAINT "ScrutinyEvidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyTextRevision" ADD CONSTRAINT "ScrutinyTextRevision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ScrutinyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyTextRevision" ADD CONSTRAINT "ScrutinyTextRevision_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "ScrutinyRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyTextRevision" ADD CONSTRAINT "ScrutinyTextRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyReportVote" ADD CONSTRAINT "ScrutinyReportVote_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ScrutinyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyReportVote" ADD CONSTRAINT "ScrutinyReportVote_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReview" ADD CONSTRAINT "MonitoringReview_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReview" ADD CONSTRAINT "MonitoringReview_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReview" ADD CONSTRAINT "MonitoringReview_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringActionNote" ADD CONSTRAINT "MonitoringActionNote_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MonitoringReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringActionNote" ADD CONSTRAINT "MonitoringActionNote_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "StrategyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringActionNote" ADD CONSTRAINT "MonitoringActionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules that must never break, kept by the database as well as the code.
-- Quarter 0 is the annual review (and the annual monitoring report); 1 to 4 are the financial year's quarters.
ALTER TABLE "MonitoringReview" ADD CONSTRAINT "MonitoringReview_period_check" CHECK ("year" BETWEEN 2000 AND 2100 AND "quarter" BETWEEN 0 AND 4);
ALTER TABLE "StrategyReportPresentation" ADD CONSTRAINT "StrategyReportPresentation_period_check" CHECK ("quarter" BETWEEN 0 AND 4);
-- A decision is complete: who, when, and a reason for a referral; a rating goes with it.
ALTER TABLE "MonitoringReview" ADD CONSTRAINT "MonitoringReview_decided_check" CHECK (
  ("outcome" IS NULL AND "decidedOn" IS NULL) OR
  ("outcome" IS NOT NULL AND "decidedOn" IS NOT NULL AND "rating" IS NOT NULL AND ("outcome" = 'SIGNED_OFF' OR "outcomeNote" IS NOT NULL))
);

-- A monitoring review signed off or referred is the record the board was given: never changed (deleting the
-- strategy still removes it).
CREATE FUNCTION "monitoring_review_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'MonitoringReview' THEN
    IF OLD."outcome" IS NOT NULL THEN
      RAISE EXCEPTION 'monitoring review % was decided and cannot change', OLD."id";
    END IF;
  ELSIF EXISTS (SELECT 1 FROM "MonitoringReview" WHERE "id" = NEW."reviewId" AND "outcome" IS NOT NULL) THEN
    RAISE EXCEPTION 'monitoring review % was decided and its notes cannot change', NEW."reviewId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "MonitoringReview_frozen" BEFORE UPDATE ON "MonitoringReview"
  FOR EACH ROW EXECUTE FUNCTION "monitoring_review_frozen"();
CREATE TRIGGER "MonitoringActionNote_frozen" BEFORE INSERT OR UPDATE ON "MonitoringActionNote"
  FOR EACH ROW EXECUTE FUNCTION "monitoring_review_frozen"();

-- Once the panel has agreed its report the vote is closed: no vote is cast or changed afterwards.
CREATE FUNCTION "scrutiny_vote_closed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "ScrutinyReview" WHERE "id" = NEW."reviewId" AND "reportAgreedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'the report of review % is agreed and the vote is closed', NEW."reviewId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ScrutinyReportVote_closed" BEFORE INSERT OR UPDATE ON "ScrutinyReportVote"
  FOR EACH ROW EXECUTE FUNCTION "scrutiny_vote_closed"();
