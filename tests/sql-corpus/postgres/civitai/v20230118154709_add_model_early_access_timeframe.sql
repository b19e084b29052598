-- revision: v20230118154709
-- down_revision: v20230118020152
-- message: civitai/civitai add_model_early_access_timeframe

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "earlyAccessTimeFrame" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
