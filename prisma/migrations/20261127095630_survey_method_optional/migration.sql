-- AlterTable
ALTER TABLE "PerceptionResponse" ALTER COLUMN "method" DROP NOT NULL;

-- Tenants online and officers always say how an answer was collected; only an imported file may leave it blank.
ALTER TABLE "PerceptionResponse" ADD CONSTRAINT "PerceptionResponse_method_check" CHECK ("customerId" IS NULL OR "method" IS NOT NULL);
