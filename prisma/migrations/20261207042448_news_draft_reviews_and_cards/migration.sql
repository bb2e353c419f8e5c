-- CreateEnum
CREATE TYPE "DraftSubjectKind" AS ENUM ('NEWSLETTER');

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "cards" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "DraftReview" (
    "id" TEXT NOT NULL,
    "subjectKind" "DraftSubjectKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "closesOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "askedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftComment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "section" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DraftReview_subjectKind_subjectId_idx" ON "DraftReview"("subjectKind", "subjectId");

-- CreateIndex
CREATE INDEX "DraftReview_groupId_closesOn_idx" ON "DraftReview"("groupId", "closesOn");

-- CreateIndex
CREATE INDEX "DraftComment_reviewId_createdAt_idx" ON "DraftComment"("reviewId", "createdAt");

-- CreateIndex
CREATE INDEX "DraftComment_authorId_idx" ON "DraftComment"("authorId");

-- AddForeignKey
ALTER TABLE "DraftReview" ADD CONSTRAINT "DraftReview_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftReview" ADD CONSTRAINT "DraftReview_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "DraftReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A comment needs words, and an officer's closing date is a day on or after the day they asked.
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_text_check" CHECK (length(btrim("text")) > 0);
ALTER TABLE "DraftReview" ADD CONSTRAINT "DraftReview_closesOn_check" CHECK ("closesOn" >= ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date);

-- A closed review takes no comments: closed by an officer, or past its closing day in the UK.
CREATE FUNCTION "draft_review_open"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "DraftReview" WHERE "id" = NEW."reviewId"
      AND ("closedAt" IS NOT NULL OR "closesOn" < (now() AT TIME ZONE 'Europe/London')::date)
  ) THEN
    RAISE EXCEPTION 'draft review % is closed and takes no comments', NEW."reviewId";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "DraftComment_review_open" BEFORE INSERT OR UPDATE ON "DraftComment"
  FOR EACH ROW EXECUTE FUNCTION "draft_review_open"();
