-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('EVENTS', 'TRAINING', 'GRANTS', 'COMMUNICATIONS', 'INCENTIVES', 'STAFF');

-- CreateEnum
CREATE TYPE "SpendStatus" AS ENUM ('COMMITTED', 'SPENT');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('APPLIED', 'APPROVED', 'REFUSED');

-- AlterEnum
ALTER TYPE "KpiSource" ADD VALUE 'BUDGET_SPENT_PERCENT';

-- AlterTable
ALTER TABLE "EqualityAssessment" DROP CONSTRAINT "EqualityAssessment_pkey",
ADD COLUMN     "id" TEXT NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
ADD COLUMN     "policyId" TEXT,
ALTER COLUMN "strategyId" DROP NOT NULL,
ADD CONSTRAINT "EqualityAssessment_pkey" PRIMARY KEY ("id");

-- Existing strategy assessments got their ids above; new rows get Prisma's cuid.
ALTER TABLE "EqualityAssessment" ALTER COLUMN "id" DROP DEFAULT;

-- CreateTable
CREATE TABLE "BudgetAllocation" (
    "year" INTEGER NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetAllocation_pkey" PRIMARY KEY ("year","category")
);

-- CreateTable
CREATE TABLE "SpendLine" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "supplier" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SpendStatus" NOT NULL,
    "grantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpendLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "amountRequestedPence" INTEGER NOT NULL,
    "appliedOn" DATE NOT NULL,
    "status" "GrantStatus" NOT NULL DEFAULT 'APPLIED',
    "decidedOn" DATE,
    "amountApprovedPence" INTEGER,
    "conditions" TEXT,
    "accountsDueOn" DATE,
    "accountsReceivedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "adoptedOn" DATE NOT NULL,
    "lastReviewedOn" DATE,
    "nextReviewOn" DATE NOT NULL,
    "consultationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RentSetting" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "consultationId" TEXT NOT NULL,
    "averageWeeklyRentPence" INTEGER NOT NULL,
    "decidedOptionLabel" TEXT,
    "decidedOn" DATE,
    "minuteReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RentSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RentOption" (
    "id" TEXT NOT NULL,
    "rentSettingId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "changeBasisPoints" INTEGER NOT NULL,
    "weeklyEffectPence" INTEGER NOT NULL,

    CONSTRAINT "RentOption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendLine_year_category_status_idx" ON "SpendLine"("year", "category", "status");

-- CreateIndex
CREATE INDEX "SpendLine_grantId_idx" ON "SpendLine"("grantId");

-- CreateIndex
CREATE INDEX "Grant_groupId_idx" ON "Grant"("groupId");

-- CreateIndex
CREATE INDEX "Grant_accountsReceivedOn_accountsDueOn_idx" ON "Grant"("accountsReceivedOn", "accountsDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_name_key" ON "Policy"("name");

-- CreateIndex
CREATE INDEX "Policy_nextReviewOn_idx" ON "Policy"("nextReviewOn");

-- CreateIndex
CREATE UNIQUE INDEX "RentSetting_year_key" ON "RentSetting"("year");

-- CreateIndex
CREATE UNIQUE INDEX "RentSetting_consultationId_key" ON "RentSetting"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "RentOption_rentSettingId_label_key" ON "RentOption"("rentSettingId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "EqualityAssessment_strategyId_characteristicKey_key" ON "EqualityAssessment"("strategyId", "characteristicKey");

-- CreateIndex
CREATE UNIQUE INDEX "EqualityAssessment_policyId_characteristicKey_key" ON "EqualityAssessment"("policyId", "characteristicKey");

-- AddForeignKey
ALTER TABLE "EqualityAssessment" ADD CONSTRAINT "EqualityAssessment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendLine" ADD CONSTRAINT "SpendLine_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentSetting" ADD CONSTRAINT "RentSetting_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentOption" ADD CONSTRAINT "RentOption_rentSettingId_fkey" FOREIGN KEY ("rentSettingId") REFERENCES "RentSetting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An assessment belongs to exactly one strategy or policy.
ALTER TABLE "EqualityAssessment" ADD CONSTRAINT "EqualityAssessment_one_subject" CHECK (num_nonnulls("strategyId", "policyId") = 1);

-- Money is whole pence; a budget may be nil, a spend line or grant never is.
ALTER TABLE "BudgetAllocation" ADD CONSTRAINT "BudgetAllocation_amount" CHECK ("amountPence" >= 0);
ALTER TABLE "SpendLine" ADD CONSTRAINT "SpendLine_amount" CHECK ("amountPence" > 0);
-- A grant payment is money paid out of the grants budget.
ALTER TABLE "SpendLine" ADD CONSTRAINT "SpendLine_grant_payment" CHECK ("grantId" IS NULL OR ("category" = 'GRANTS' AND "status" = 'SPENT'));
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_requested" CHECK ("amountRequestedPence" > 0);
-- A decided grant has a date; only an approved one has an amount approved.
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_decision" CHECK (
  ("status" = 'APPLIED' AND "decidedOn" IS NULL AND "amountApprovedPence" IS NULL)
  OR ("status" = 'APPROVED' AND "decidedOn" IS NOT NULL AND "amountApprovedPence" > 0)
  OR ("status" = 'REFUSED' AND "decidedOn" IS NOT NULL AND "amountApprovedPence" IS NULL)
);
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_review_dates" CHECK ("nextReviewOn" > "adoptedOn" AND ("lastReviewedOn" IS NULL OR "lastReviewedOn" >= "adoptedOn"));
ALTER TABLE "RentSetting" ADD CONSTRAINT "RentSetting_rent" CHECK ("averageWeeklyRentPence" > 0);
-- The board's decision is recorded whole: the option, the date and the minute.
ALTER TABLE "RentSetting" ADD CONSTRAINT "RentSetting_decision" CHECK (num_nonnulls("decidedOptionLabel", "decidedOn", "minuteReference") IN (0, 3));

-- Never pay a grant that is not approved, nor more than was approved: checked under a lock on the grant, so two
-- payments racing cannot both fit. Also refuses a decision that would leave payments above the amount approved.
CREATE FUNCTION "grant_payments_within_approval"() RETURNS trigger AS $$
DECLARE
  grant_id TEXT;
  approved INTEGER;
  grant_status "GrantStatus";
  paid BIGINT;
BEGIN
  IF TG_TABLE_NAME = 'Grant' THEN grant_id := NEW."id"; ELSE grant_id := NEW."grantId"; END IF;
  IF grant_id IS NULL THEN RETURN NEW; END IF;
  SELECT "status", "amountApprovedPence" INTO grant_status, approved FROM "Grant" WHERE "id" = grant_id FOR UPDATE;
  IF TG_TABLE_NAME = 'Grant' THEN grant_status := NEW."status"; approved := NEW."amountApprovedPence"; END IF;
  SELECT coalesce(sum("amountPence"), 0) INTO paid FROM "SpendLine" WHERE "grantId" = grant_id
    AND (TG_TABLE_NAME = 'Grant' OR "id" <> NEW."id");
  IF TG_TABLE_NAME = 'SpendLine' THEN paid := paid + NEW."amountPence"; END IF;
  IF paid > 0 AND grant_status <> 'APPROVED' THEN
    RAISE EXCEPTION 'A grant that is not approved cannot be paid' USING ERRCODE = 'check_violation';
  END IF;
  IF paid > coalesce(approved, 0) THEN
    RAISE EXCEPTION 'Grant payments cannot exceed the amount approved' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SpendLine_grant_payment_limit" BEFORE INSERT OR UPDATE ON "SpendLine"
  FOR EACH ROW EXECUTE FUNCTION "grant_payments_within_approval"();
CREATE TRIGGER "Grant_payment_limit" BEFORE UPDATE ON "Grant"
  FOR EACH ROW EXECUTE FUNCTION "grant_payments_within_approval"();
