-- revision: v20230303101108
-- down_revision: v20230303092424
-- message: triggerdotdev/trigger.dev add_timestamps_to_attempts

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorizationAttempt" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
