-- revision: v20230303123529
-- down_revision: v20230303103808
-- message: triggerdotdev/trigger.dev add_token_to_github_app_auth

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorization" ADD COLUMN     "installationAccessToken" TEXT,
ADD COLUMN     "installationAccessTokenExpiresAt" TIMESTAMP(3);

-- migrate:down irreversible
