-- CreateEnum
CREATE TYPE "SecondFactorRule" AS ENUM ('NOBODY', 'ADMINISTRATORS', 'STAFF');

-- AlterTable: a landlord that required a second factor of all staff keeps that rule.
ALTER TABLE "Landlord" ADD COLUMN     "secondFactorRequiredFor" "SecondFactorRule" NOT NULL DEFAULT 'NOBODY';
UPDATE "Landlord" SET "secondFactorRequiredFor" = 'STAFF' WHERE "requireSecondFactor";
ALTER TABLE "Landlord" DROP COLUMN "requireSecondFactor";
