-- CreateTable
CREATE TABLE "NoticeEmail" (
    "id" TEXT NOT NULL,
    "notice" TEXT NOT NULL,
    "customerId" TEXT,
    "userId" TEXT,
    "to" TEXT NOT NULL,
    "template" JSONB NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "NoticeEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NoticeEmail_customerId_idx" ON "NoticeEmail"("customerId");

-- CreateIndex
CREATE INDEX "NoticeEmail_userId_idx" ON "NoticeEmail"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeEmail_notice_customerId_key" ON "NoticeEmail"("notice", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeEmail_notice_userId_key" ON "NoticeEmail"("notice", "userId");

-- AddForeignKey
ALTER TABLE "NoticeEmail" ADD CONSTRAINT "NoticeEmail_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeEmail" ADD CONSTRAINT "NoticeEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
