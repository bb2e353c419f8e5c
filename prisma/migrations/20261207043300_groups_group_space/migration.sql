-- CreateEnum
CREATE TYPE "GroupMemberKind" AS ENUM ('TENANT', 'COUNCILLOR', 'STAFF', 'INDEPENDENT');

-- CreateEnum
CREATE TYPE "MembersListShown" AS ENUM ('NAMES_AND_ROLES', 'OFFICE_HOLDERS_ONLY', 'COUNT_ONLY');

-- CreateEnum
CREATE TYPE "MinutesState" AS ENUM ('DRAFT', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'APOLOGIES', 'ABSENT');

-- CreateEnum
CREATE TYPE "GroupActionStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- AlterEnum
ALTER TYPE "MembershipRole" ADD VALUE 'ADVISER';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'MEMBER';

-- AlterTable
ALTER TABLE "GroupMembership" ADD COLUMN     "kind" "GroupMemberKind" NOT NULL DEFAULT 'TENANT',
ADD COLUMN     "userId" TEXT,
ALTER COLUMN "customerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "GroupSpace" (
    "groupId" TEXT NOT NULL,
    "membersList" "MembersListShown" NOT NULL DEFAULT 'NAMES_AND_ROLES',
    "minutesPublic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupSpace_pkey" PRIMARY KEY ("groupId")
);

-- CreateTable
CREATE TABLE "GroupMeeting" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "onlineLink" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "GroupAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupPaper" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "meetingId" TEXT,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupPaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAttendance" (
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,

    CONSTRAINT "GroupAttendance_pkey" PRIMARY KEY ("meetingId","membershipId")
);

-- CreateTable
CREATE TABLE "GroupMinutes" (
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "state" "MinutesState" NOT NULL DEFAULT 'DRAFT',
    "approvedAtMeetingId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupMinutes_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "GroupDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAction" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "meetingId" TEXT,
    "title" TEXT NOT NULL,
    "ownerMembershipId" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "GroupActionStatus" NOT NULL DEFAULT 'OPEN',
    "closedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupThread" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupPost" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupMeeting_groupId_startsAt_idx" ON "GroupMeeting"("groupId", "startsAt");

-- CreateIndex
CREATE INDEX "GroupMeeting_startsAt_remindedAt_idx" ON "GroupMeeting"("startsAt", "remindedAt");

-- CreateIndex
CREATE UNIQUE INDEX "GroupAgendaItem_meetingId_position_key" ON "GroupAgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "GroupPaper_groupId_meetingId_idx" ON "GroupPaper"("groupId", "meetingId");

-- CreateIndex
CREATE INDEX "GroupMinutes_state_idx" ON "GroupMinutes"("state");

-- CreateIndex
CREATE INDEX "GroupDecision_meetingId_idx" ON "GroupDecision"("meetingId");

-- CreateIndex
CREATE INDEX "GroupAction_status_dueOn_idx" ON "GroupAction"("status", "dueOn");

-- CreateIndex
CREATE INDEX "GroupAction_groupId_status_idx" ON "GroupAction"("groupId", "status");

-- CreateIndex
CREATE INDEX "GroupThread_groupId_createdAt_idx" ON "GroupThread"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "GroupPost_threadId_createdAt_idx" ON "GroupPost"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "GroupMembership_userId_idx" ON "GroupMembership"("userId");

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSpace" ADD CONSTRAINT "GroupSpace_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeeting" ADD CONSTRAINT "GroupMeeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAgendaItem" ADD CONSTRAINT "GroupAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPaper" ADD CONSTRAINT "GroupPaper_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPaper" ADD CONSTRAINT "GroupPaper_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPaper" ADD CONSTRAINT "GroupPaper_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAttendance" ADD CONSTRAINT "GroupAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAttendance" ADD CONSTRAINT "GroupAttendance_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "GroupMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMinutes" ADD CONSTRAINT "GroupMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMinutes" ADD CONSTRAINT "GroupMinutes_approvedAtMeetingId_fkey" FOREIGN KEY ("approvedAtMeetingId") REFERENCES "GroupMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupDecision" ADD CONSTRAINT "GroupDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAction" ADD CONSTRAINT "GroupAction_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAction" ADD CONSTRAINT "GroupAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAction" ADD CONSTRAINT "GroupAction_ownerMembershipId_fkey" FOREIGN KEY ("ownerMembershipId") REFERENCES "GroupMembership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupThread" ADD CONSTRAINT "GroupThread_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupThread" ADD CONSTRAINT "GroupThread_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPost" ADD CONSTRAINT "GroupPost_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "GroupThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPost" ADD CONSTRAINT "GroupPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules that must never break, kept by the database as well as the code.
-- A member is a customer or someone who is not (their account), never both; only customers are TENANT members.
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_member_check" CHECK (
  ("customerId" IS NULL) <> ("userId" IS NULL) AND ("kind" = 'TENANT') = ("customerId" IS NOT NULL)
);
ALTER TABLE "GroupMeeting" ADD CONSTRAINT "GroupMeeting_when_where_check" CHECK (
  "endsAt" > "startsAt" AND ("place" IS NOT NULL OR "onlineLink" IS NOT NULL)
);
ALTER TABLE "GroupAgendaItem" ADD CONSTRAINT "GroupAgendaItem_position_check" CHECK ("position" >= 1);
ALTER TABLE "GroupPaper" ADD CONSTRAINT "GroupPaper_size_check" CHECK ("sizeBytes" > 0);
ALTER TABLE "GroupAction" ADD CONSTRAINT "GroupAction_closed_check" CHECK (("status" = 'OPEN') = ("closedOn" IS NULL));
ALTER TABLE "GroupMinutes" ADD CONSTRAINT "GroupMinutes_state_check" CHECK (
  ("state" = 'DRAFT') = ("approvedAt" IS NULL) AND ("state" = 'PUBLISHED') = ("publishedAt" IS NOT NULL)
);

-- Approved minutes are the group's record: their words and approval never change and they are never deleted; the
-- only change left is publishing them.
CREATE FUNCTION "group_minutes_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."state" = 'DRAFT' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'minutes of meeting % were approved and cannot be deleted', OLD."meetingId";
  END IF;
  IF NEW."text" IS DISTINCT FROM OLD."text"
    OR NEW."meetingId" IS DISTINCT FROM OLD."meetingId"
    OR NEW."approvedAt" IS DISTINCT FROM OLD."approvedAt"
    OR NEW."approvedAtMeetingId" IS DISTINCT FROM OLD."approvedAtMeetingId"
    OR (OLD."state" = 'PUBLISHED' AND (NEW."state" <> 'PUBLISHED' OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt"))
    OR (OLD."state" = 'APPROVED' AND NEW."state" = 'DRAFT') THEN
    RAISE EXCEPTION 'minutes of meeting % were approved and cannot be edited', OLD."meetingId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "GroupMinutes_frozen" BEFORE UPDATE OR DELETE ON "GroupMinutes"
  FOR EACH ROW EXECUTE FUNCTION "group_minutes_frozen"();
