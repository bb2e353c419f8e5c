-- CreateTable
CREATE TABLE "LocalHoliday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocalHoliday_pkey" PRIMARY KEY ("date")
);
