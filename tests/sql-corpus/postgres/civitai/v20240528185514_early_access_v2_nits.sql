-- revision: v20240528185514
-- down_revision: v20240524211244
-- message: civitai/civitai early_access_v2_nits

-- migrate:up

-- AlterTable
ALTER TABLE "ModelVersion" ALTER COLUMN "earlyAccessConfig" DROP NOT NULL,
ALTER COLUMN "earlyAccessConfig" DROP DEFAULT;

-- migrate:down irreversible
