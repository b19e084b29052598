-- revision: v20230209171703
-- down_revision: v20230209171333
-- message: triggerdotdev/trigger.dev add_status_to_github_app_authorization

-- migrate:up
-- CreateEnum
CREATE TYPE "GitHubAppAuthorizationStatus" AS ENUM ('PENDING', 'AUTHORIZED');

-- AlterTable
ALTER TABLE "GitHubAppAuthorization" ADD COLUMN     "status" "GitHubAppAuthorizationStatus" NOT NULL DEFAULT 'PENDING';

-- migrate:down irreversible
