-- CreateIndex
CREATE INDEX "Customer_anonymisedAt_idx" ON "Customer"("anonymisedAt");
