-- revision: v20230210153657
-- down_revision: v20230210150029
-- message: triggerdotdev/trigger.dev add_template_id_to_auth_attempt

-- migrate:up
-- AlterTable
ALTER TABLE "GitHubAppAuthorizationAttempt" ADD COLUMN     "templateId" TEXT;

-- migrate:down irreversible
