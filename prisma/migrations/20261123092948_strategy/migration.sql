-- CreateEnum
CREATE TYPE "StrategyStatus" AS ENUM ('DRAFT', 'CONSULTATION', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "EqualityImpact" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE');

-- CreateTable
CREATE TABLE "Strategy" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "StrategyStatus" NOT NULL DEFAULT 'DRAFT',
    "vision" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "consultationStartedOn" DATE,
    "consultationReference" TEXT,
    "approvedOn" DATE,
    "approvedBy" TEXT,
    "approvalMinuteRef" TEXT,
    "fullReviewDueOn" DATE,
    "kpiReviewDueOn" DATE,
    "tenantConsultationOn" DATE,
    "copiedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyObjective" (
    "id" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "StrategyObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyPriority" (
    "id" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "StrategyPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyCommitment" (
    "id" TEXT NOT NULL,
    "priorityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "StrategyCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EqualityAssessment" (
    "strategyId" TEXT NOT NULL,
    "characteristicKey" TEXT NOT NULL,
    "impact" "EqualityImpact" NOT NULL,
    "evidence" TEXT NOT NULL,
    "mitigation" TEXT,

    CONSTRAINT "EqualityAssessment_pkey" PRIMARY KEY ("strategyId","characteristicKey")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyAction" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "priorityId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "targetOn" DATE NOT NULL,
    "measureOfSuccess" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StrategyAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "postedOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyReportPresentation" (
    "id" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "presentedOn" DATE NOT NULL,
    "meeting" TEXT NOT NULL,
    "recordedById" TEXT,

    CONSTRAINT "StrategyReportPresentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JargonTerm" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "JargonTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Strategy_status_idx" ON "Strategy"("status");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyObjective_strategyId_position_key" ON "StrategyObjective"("strategyId", "position");

-- CreateIndex
CREATE INDEX "StrategyPriority_objectiveId_idx" ON "StrategyPriority"("objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyPriority_strategyId_number_key" ON "StrategyPriority"("strategyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyCommitment_priorityId_position_key" ON "StrategyCommitment"("priorityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_strategyId_year_key" ON "ActionPlan"("strategyId", "year");

-- CreateIndex
CREATE INDEX "StrategyAction_planId_idx" ON "StrategyAction"("planId");

-- CreateIndex
CREATE INDEX "StrategyAction_priorityId_idx" ON "StrategyAction"("priorityId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_postedOn_idx" ON "ActionUpdate"("actionId", "postedOn");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyReportPresentation_strategyId_year_quarter_key" ON "StrategyReportPresentation"("strategyId", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "JargonTerm_term_key" ON "JargonTerm"("term");

-- AddForeignKey
ALTER TABLE "StrategyObjective" ADD CONSTRAINT "StrategyObjective_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyPriority" ADD CONSTRAINT "StrategyPriority_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyPriority" ADD CONSTRAINT "StrategyPriority_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "StrategyObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyCommitment" ADD CONSTRAINT "StrategyCommitment_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "StrategyPriority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EqualityAssessment" ADD CONSTRAINT "EqualityAssessment_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyAction" ADD CONSTRAINT "StrategyAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyAction" ADD CONSTRAINT "StrategyAction_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "StrategyPriority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "StrategyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyReportPresentation" ADD CONSTRAINT "StrategyReportPresentation_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyReportPresentation" ADD CONSTRAINT "StrategyReportPresentation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
