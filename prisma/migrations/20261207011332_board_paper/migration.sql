-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "key" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PackCommentary" ADD COLUMN     "action" TEXT,
ADD COLUMN     "recoveryBy" TEXT;

-- CreateTable
CREATE TABLE "CommentaryRequest" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "kpiCode" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "requestedById" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentaryRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardQuestion" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "kpiCode" TEXT,
    "subject" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "BoardQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommentaryRequest_officerId_idx" ON "CommentaryRequest"("officerId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentaryRequest_year_quarter_kpiCode_key" ON "CommentaryRequest"("year", "quarter", "kpiCode");

-- CreateIndex
CREATE INDEX "BoardQuestion_year_quarter_idx" ON "BoardQuestion"("year", "quarter");

-- AddForeignKey
ALTER TABLE "CommentaryRequest" ADD CONSTRAINT "CommentaryRequest_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardQuestion" ADD CONSTRAINT "BoardQuestion_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules that must never break: a question and an answer are never blank, and an answer always says when it came.
ALTER TABLE "BoardQuestion" ADD CONSTRAINT "BoardQuestion_question_present" CHECK (length(btrim("question")) > 0);
ALTER TABLE "BoardQuestion" ADD CONSTRAINT "BoardQuestion_answer_dated"
  CHECK (("answer" IS NULL) = ("answeredAt" IS NULL) AND ("answer" IS NULL OR length(btrim("answer")) > 0));
ALTER TABLE "BoardQuestion" ADD CONSTRAINT "BoardQuestion_quarter_valid" CHECK ("quarter" BETWEEN 1 AND 4);
ALTER TABLE "CommentaryRequest" ADD CONSTRAINT "CommentaryRequest_quarter_valid" CHECK ("quarter" BETWEEN 1 AND 4);
