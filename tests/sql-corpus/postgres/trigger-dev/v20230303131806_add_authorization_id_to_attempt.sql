-- revision: v20230303131806
-- down_revision: v20230303123529
-- message: triggerdotdev/trigger.dev add_authorization_id_to_attempt

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorizationAttempt" ADD COLUMN     "authorizationId" TEXT;

-- AddForeignKey
ALTER TABLE "GitHubAppAuthorizationAttempt" ADD CONSTRAINT "GitHubAppAuthorizationAttempt_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "GitHubAppAuthorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
