-- AlterTable
ALTER TABLE "Strategy" ADD COLUMN     "consultationId" TEXT;

-- AddForeignKey
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
