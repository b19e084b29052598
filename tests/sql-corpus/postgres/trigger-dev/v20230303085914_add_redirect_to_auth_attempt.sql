-- revision: v20230303085914
-- down_revision: v20230303085314
-- message: triggerdotdev/trigger.dev add_redirect_to_auth_attempt

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorizationAttempt" ADD COLUMN     "redirectTo" TEXT NOT NULL DEFAULT '/';

-- migrate:down irreversible
