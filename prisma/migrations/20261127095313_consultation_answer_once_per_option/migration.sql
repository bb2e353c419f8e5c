-- Stuffed responses stored before this migration keep one row per option.
DELETE FROM "ConsultationAnswer" a
USING "ConsultationAnswer" b
WHERE a."responseId" = b."responseId" AND a."questionId" = b."questionId" AND a."option" = b."option" AND a."id" > b."id";

-- DropIndex
DROP INDEX "ConsultationAnswer_responseId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_responseId_questionId_option_key" ON "ConsultationAnswer"("responseId", "questionId", "option");
