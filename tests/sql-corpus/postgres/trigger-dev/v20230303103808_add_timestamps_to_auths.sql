-- revision: v20230303103808
-- down_revision: v20230303101108
-- message: triggerdotdev/trigger.dev add_timestamps_to_auths

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorization" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
