-- revision: v20230307161815
-- down_revision: v20230307160247
-- message: triggerdotdev/trigger.dev add_stopping_status

-- migrate:up
-- AlterEnum
ALTER TYPE "ProjectDeploymentStatus" ADD VALUE 'STOPPING';

-- migrate:down irreversible
