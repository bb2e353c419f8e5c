-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "joiningLink" TEXT;

-- A joining link is a web address people are sent to: only https, so a link can never run script or leave TLS.
ALTER TABLE "Event" ADD CONSTRAINT "Event_joiningLink_https" CHECK ("joiningLink" IS NULL OR "joiningLink" ~ '^https://\S+$');
