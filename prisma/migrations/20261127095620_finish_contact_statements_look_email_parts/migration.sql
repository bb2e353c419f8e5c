-- CreateEnum
CREATE TYPE "AccessibilityStatus" AS ENUM ('FULL', 'PARTIAL', 'NOT_COMPLIANT');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "html" TEXT,
ADD COLUMN     "unsubscribeUrl" TEXT;

-- AlterTable
ALTER TABLE "Landlord" ADD COLUMN     "accessibilityIssues" TEXT,
ADD COLUMN     "accessibilityStatus" "AccessibilityStatus" NOT NULL DEFAULT 'PARTIAL',
ADD COLUMN     "accessibilityTestedOn" DATE,
ADD COLUMN     "brandColour" TEXT,
ADD COLUMN     "contactAddress" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "dataProtectionContact" TEXT,
ADD COLUMN     "icoRegistration" TEXT,
ADD COLUMN     "logoImage" BYTEA,
ADD COLUMN     "logoPath" TEXT,
ADD COLUMN     "logoType" TEXT,
ADD COLUMN     "openingHours" TEXT,
ADD COLUMN     "retention" TEXT;

-- A colour is six hex digits and a logo path stays on this site, whatever writes the row.
ALTER TABLE "Landlord" ADD CONSTRAINT "Landlord_brandColour_hex" CHECK ("brandColour" IS NULL OR "brandColour" ~ '^#[0-9a-fA-F]{6}$');
ALTER TABLE "Landlord" ADD CONSTRAINT "Landlord_logoPath_same_site" CHECK ("logoPath" IS NULL OR ("logoPath" ~ '^/[^/\\]' AND "logoPath" !~ '[\\:]'));
