-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "openingNoticeSentAt" TIMESTAMP(3);

-- Consultations published open were announced when they were published; scheduled ones that have opened since
-- were never announced, so they stay null and the next run of the opening notices sends them.
UPDATE "Consultation" SET "openingNoticeSentAt" = "opensAt" WHERE "status" NOT IN ('DRAFT', 'SCHEDULED');
