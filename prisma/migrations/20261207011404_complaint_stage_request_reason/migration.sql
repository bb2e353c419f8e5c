-- AlterTable
ALTER TABLE "FeedbackStage" ADD COLUMN     "requestReason" TEXT;
