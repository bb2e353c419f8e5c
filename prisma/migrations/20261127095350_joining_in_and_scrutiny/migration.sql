-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ScrutinyReviewStatus" AS ENUM ('SCOPING', 'GATHERING_EVIDENCE', 'REPORTING', 'AWAITING_RESPONSE', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ScrutinyTopicSource" AS ENUM ('FEEDBACK_THEME', 'KPI', 'TENANT_SUGGESTION', 'OTHER');

-- CreateEnum
CREATE TYPE "ScrutinyEvidenceKind" AS ENUM ('DOCUMENT', 'INTERVIEW', 'SITE_VISIT', 'MYSTERY_SHOPPING');

-- CreateEnum
CREATE TYPE "RecommendationResponse" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "meetingsAsked" TEXT,
ADD COLUMN     "skillsAsked" TEXT,
ADD COLUMN     "takesNewMembers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timeAsked" TEXT;

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "message" TEXT,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "pending" BOOLEAN DEFAULT true,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "declineReason" TEXT,
    "membershipId" TEXT,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScrutinyReview" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topicSource" "ScrutinyTopicSource" NOT NULL,
    "topicDetail" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "status" "ScrutinyReviewStatus" NOT NULL DEFAULT 'SCOPING',
    "findings" TEXT,
    "outcomeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScrutinyReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScrutinyEvidence" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "kind" "ScrutinyEvidenceKind" NOT NULL,
    "gatheredOn" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScrutinyEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScrutinyRecommendation" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "outcomeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "response" "RecommendationResponse",
    "responseReason" TEXT,
    "action" TEXT,
    "actionOwner" TEXT,
    "dueOn" DATE,
    "respondedAt" TIMESTAMP(3),
    "completedOn" DATE,

    CONSTRAINT "ScrutinyRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationUpdate" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "recordedOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "completes" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_membershipId_key" ON "JoinRequest"("membershipId");

-- CreateIndex
CREATE INDEX "JoinRequest_status_requestedAt_idx" ON "JoinRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "JoinRequest_customerId_idx" ON "JoinRequest"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_groupId_customerId_pending_key" ON "JoinRequest"("groupId", "customerId", "pending");

-- CreateIndex
CREATE INDEX "ScrutinyReview_status_idx" ON "ScrutinyReview"("status");

-- CreateIndex
CREATE INDEX "ScrutinyReview_publishedAt_idx" ON "ScrutinyReview"("publishedAt");

-- CreateIndex
CREATE INDEX "ScrutinyReview_outcomeCodes_idx" ON "ScrutinyReview" USING GIN ("outcomeCodes");

-- CreateIndex
CREATE INDEX "ScrutinyEvidence_reviewId_gatheredOn_idx" ON "ScrutinyEvidence"("reviewId", "gatheredOn");

-- CreateIndex
CREATE INDEX "ScrutinyRecommendation_dueOn_completedOn_idx" ON "ScrutinyRecommendation"("dueOn", "completedOn");

-- CreateIndex
CREATE INDEX "ScrutinyRecommendation_outcomeCodes_idx" ON "ScrutinyRecommendation" USING GIN ("outcomeCodes");

-- CreateIndex
CREATE UNIQUE INDEX "ScrutinyRecommendation_reviewId_number_key" ON "ScrutinyRecommendation"("reviewId", "number");

-- CreateIndex
CREATE INDEX "RecommendationUpdate_recommendationId_createdAt_idx" ON "RecommendationUpdate"("recommendationId", "createdAt");

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyReview" ADD CONSTRAINT "ScrutinyReview_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyEvidence" ADD CONSTRAINT "ScrutinyEvidence_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ScrutinyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyRecommendation" ADD CONSTRAINT "ScrutinyRecommendation_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ScrutinyReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationUpdate" ADD CONSTRAINT "RecommendationUpdate_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "ScrutinyRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A request is pending exactly while "pending" is TRUE (the unique key then allows one per person and group);
-- a decline always says why, an acceptance always names the membership it started.
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_decision_check" CHECK (
  ("status" = 'PENDING' AND "pending" = TRUE AND "decidedAt" IS NULL)
  OR ("status" = 'ACCEPTED' AND "pending" IS NULL AND "decidedAt" IS NOT NULL AND "membershipId" IS NOT NULL)
  OR ("status" = 'DECLINED' AND "pending" IS NULL AND "decidedAt" IS NOT NULL AND length(trim(coalesce("declineReason", ''))) > 0)
);

-- The landlord's response: a reason when rejecting or accepting in part; an action, owner and due date unless rejected.
ALTER TABLE "ScrutinyRecommendation" ADD CONSTRAINT "ScrutinyRecommendation_response_check" CHECK (
  "response" IS NULL
  OR (
    ("response" = 'ACCEPTED' OR length(trim(coalesce("responseReason", ''))) > 0)
    AND ("response" = 'REJECTED' OR ("action" IS NOT NULL AND "actionOwner" IS NOT NULL AND "dueOn" IS NOT NULL))
    AND "respondedAt" IS NOT NULL
  )
);

-- Only an accepted (or partly accepted) recommendation has an action to complete.
ALTER TABLE "ScrutinyRecommendation" ADD CONSTRAINT "ScrutinyRecommendation_completion_check" CHECK (
  "completedOn" IS NULL OR "response" IN ('ACCEPTED', 'PARTLY_ACCEPTED')
);

-- A review is public exactly when published (or closed after publication).
ALTER TABLE "ScrutinyReview" ADD CONSTRAINT "ScrutinyReview_published_check" CHECK (
  ("status" IN ('PUBLISHED', 'CLOSED')) = ("publishedAt" IS NOT NULL)
);
