-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "outcomeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "learningOutcomeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Spending in a financial year whose annual report is published cannot be added, corrected or removed: the report
-- froze the year's budget figures (decision 0033). Grant payments are spend lines too, so they are covered.
CREATE FUNCTION "SpendLine_year_open"() RETURNS trigger AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "AnnualReport" r
    WHERE r."publishedAt" IS NOT NULL
      AND r."year" IN (
        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD."year" END,
        CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."year" END
      )
  ) THEN
    RAISE EXCEPTION 'spending in a year whose annual report is published cannot change';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SpendLine_year_open" BEFORE INSERT OR UPDATE OR DELETE ON "SpendLine"
  FOR EACH ROW EXECUTE FUNCTION "SpendLine_year_open"();
