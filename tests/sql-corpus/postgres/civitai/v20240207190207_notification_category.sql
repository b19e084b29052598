-- revision: v20240207190207
-- down_revision: v20240206222015
-- message: civitai/civitai notification_category

-- migrate:up
-- CreateEnum
CREATE TYPE "NotificationCategory" AS ENUM ('Comment', 'Update', 'Milestone', 'Bounty', 'Other');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "category" "NotificationCategory" NOT NULL DEFAULT 'Other';

-- migrate:down irreversible
