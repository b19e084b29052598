-- revision: v20230216100218
-- down_revision: v20230215101806
-- message: triggerdotdev/trigger.dev add_cloud_waitlist_to_user

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isOnCloudWaitlist" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
