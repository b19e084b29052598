-- revision: v20241118054346
-- down_revision: v20240726121956
-- message: hoppscotch/hoppscotch infra_config_sync_with_env_file

-- migrate:up
-- AlterTable
ALTER TABLE "InfraConfig" DROP COLUMN "active",
ADD COLUMN     "lastSyncedEnvFileValue" TEXT;

-- migrate:down irreversible
