-- AlterEnum
ALTER TYPE "CustomerKind" ADD VALUE 'HOUSEHOLD_MEMBER';

-- AlterTable
ALTER TABLE "HouseholdMember" ADD COLUMN     "ownCustomerId" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "householdMemberId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdMember_ownCustomerId_key" ON "HouseholdMember"("ownCustomerId");

-- CreateIndex
CREATE INDEX "Invitation_householdMemberId_idx" ON "Invitation"("householdMemberId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_ownCustomerId_fkey" FOREIGN KEY ("ownCustomerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only someone 16 to 24 has an account of their own from a household record; under 16 is never named at all
-- (HouseholdMember_sixteen_or_over_check), so never has one (decision 23).
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_own_account_check" CHECK ("ownCustomerId" IS NULL OR "ageBand" = 'AGE_16_TO_24');
