-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "photoSha256" TEXT,
ADD COLUMN     "photoType" TEXT;

-- A photo is a stored file and its type together, and only the image types the portal checks for and serves.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_photo_whole" CHECK (("photoSha256" IS NULL) = ("photoType" IS NULL));
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_photo_type" CHECK ("photoType" IS NULL OR "photoType" IN ('image/jpeg', 'image/png'));
