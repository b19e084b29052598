-- revision: v20240725043411
-- down_revision: v20240621062554
-- message: hoppscotch/hoppscotch infra_config_encryption

-- migrate:up
-- AlterTable
ALTER TABLE "InfraConfig" ADD COLUMN     "isEncrypted" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
