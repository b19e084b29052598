-- revision: v20221216110114
-- down_revision: v20221216105935
-- message: triggerdotdev/trigger.dev add_custom_event_status

-- migrate:up
-- CreateEnum
CREATE TYPE "CustomEventStatus" AS ENUM ('PENDING', 'PROCESSED');

-- AlterTable
ALTER TABLE "CustomEvent" ADD COLUMN     "status" "CustomEventStatus" NOT NULL DEFAULT 'PENDING';

-- migrate:down irreversible
