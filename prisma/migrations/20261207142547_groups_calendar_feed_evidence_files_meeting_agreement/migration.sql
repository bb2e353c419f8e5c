-- AlterTable
ALTER TABLE "ScrutinyEvidence" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "fileSha256" TEXT,
ADD COLUMN     "fileSize" INTEGER,
ADD COLUMN     "fileType" TEXT;

-- AlterTable
ALTER TABLE "ScrutinyReview" ADD COLUMN     "agreedAtMeetingOn" DATE,
ADD COLUMN     "agreedMinuteReference" TEXT;

-- CreateTable
CREATE TABLE "GroupCalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupCalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupCalendarFeed_token_key" ON "GroupCalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "GroupCalendarFeed" ADD CONSTRAINT "GroupCalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An evidence file is whole or absent, and only of the kinds the upload check allows.
ALTER TABLE "ScrutinyEvidence" ADD CONSTRAINT "ScrutinyEvidence_file_whole"
  CHECK (num_nonnulls("fileName", "fileSha256", "fileType", "fileSize") IN (0, 4)
    AND ("fileType" IS NULL OR "fileType" IN ('application/pdf', 'image/jpeg', 'image/png')));

-- Agreement at a meeting names the meeting's day and its minute together, and only for an agreed report.
ALTER TABLE "ScrutinyReview" ADD CONSTRAINT "ScrutinyReview_agreed_at_meeting"
  CHECK (("agreedAtMeetingOn" IS NULL) = ("agreedMinuteReference" IS NULL)
    AND ("agreedMinuteReference" IS NULL OR length(btrim("agreedMinuteReference")) > 0)
    AND ("agreedAtMeetingOn" IS NULL OR "reportAgreedAt" IS NOT NULL));
