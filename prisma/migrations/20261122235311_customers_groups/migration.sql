-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('EMAIL', 'SMS', 'PHONE', 'LETTER');

-- CreateEnum
CREATE TYPE "SupportNeedKind" AS ENUM ('LARGE_PRINT', 'EASY_READ', 'OTHER_LANGUAGE', 'BSL', 'HEARING_LOOP', 'TRANSPORT', 'DIGITAL_HELP');

-- CreateEnum
CREATE TYPE "GroupType" AS ENUM ('RTO', 'SCRUTINY_PANEL', 'TENANT_PANEL', 'RESIDENTS_GROUP', 'BOARD', 'PUBLICITY_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "RtoStatus" AS ENUM ('REGISTERED', 'SUSPENDED', 'DEREGISTERED');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('CHAIR', 'SECRETARY', 'TREASURER', 'MEMBER');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "preferredChannel" "ContactChannel";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "seesEqualityData" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ContactConsent" (
    "customerId" TEXT NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactConsent_pkey" PRIMARY KEY ("customerId","channel")
);

-- CreateTable
CREATE TABLE "SupportNeed" (
    "customerId" TEXT NOT NULL,
    "kind" "SupportNeedKind" NOT NULL,
    "language" TEXT,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SupportNeed_pkey" PRIMARY KEY ("customerId","kind")
);

-- CreateTable
CREATE TABLE "EqualityQuestion" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "options" TEXT[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "EqualityQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EqualityAnswer" (
    "customerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EqualityAnswer_pkey" PRIMARY KEY ("customerId","questionId")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "GroupType" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rtoRegisteredOn" DATE,
    "rtoAreaCovered" TEXT,
    "constitutionReceivedOn" DATE,
    "annualReturnReceivedOn" DATE,
    "nextReviewOn" DATE,
    "rtoStatus" "RtoStatus",
    "deregistrationReason" TEXT,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletionRequest" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actionedAt" TIMESTAMP(3),
    "actionedById" TEXT,

    CONSTRAINT "DeletionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactConsent_channel_idx" ON "ContactConsent"("channel");

-- CreateIndex
CREATE INDEX "SupportNeed_kind_idx" ON "SupportNeed"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "EqualityQuestion_key_key" ON "EqualityQuestion"("key");

-- CreateIndex
CREATE INDEX "EqualityAnswer_questionId_answer_idx" ON "EqualityAnswer"("questionId", "answer");

-- CreateIndex
CREATE UNIQUE INDEX "Group_name_key" ON "Group"("name");

-- CreateIndex
CREATE INDEX "Group_type_idx" ON "Group"("type");

-- CreateIndex
CREATE INDEX "GroupMembership_groupId_idx" ON "GroupMembership"("groupId");

-- CreateIndex
CREATE INDEX "GroupMembership_customerId_idx" ON "GroupMembership"("customerId");

-- CreateIndex
CREATE INDEX "DeletionRequest_actionedAt_idx" ON "DeletionRequest"("actionedAt");

-- CreateIndex
CREATE INDEX "Customer_kind_status_idx" ON "Customer"("kind", "status");

-- AddForeignKey
ALTER TABLE "ContactConsent" ADD CONSTRAINT "ContactConsent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportNeed" ADD CONSTRAINT "SupportNeed_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EqualityAnswer" ADD CONSTRAINT "EqualityAnswer_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EqualityAnswer" ADD CONSTRAINT "EqualityAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "EqualityQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionRequest" ADD CONSTRAINT "DeletionRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
