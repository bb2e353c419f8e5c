-- CreateEnum
CREATE TYPE "ConsultationTopic" AS ENUM ('STRATEGY', 'POLICY', 'RENT_SETTING', 'SERVICE_CHANGE', 'OTHER');

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "topic" "ConsultationTopic" NOT NULL DEFAULT 'SERVICE_CHANGE';

-- CreateTable
CREATE TABLE "ConsultationDocument" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsultationDocument_consultationId_idx" ON "ConsultationDocument"("consultationId");

-- CreateIndex
CREATE INDEX "ConsultationDocument_sha256_idx" ON "ConsultationDocument"("sha256");

-- AddForeignKey
ALTER TABLE "ConsultationDocument" ADD CONSTRAINT "ConsultationDocument_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
