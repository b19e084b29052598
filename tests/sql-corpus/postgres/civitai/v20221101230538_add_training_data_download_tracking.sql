-- revision: v20221101230538
-- down_revision: v20221101202142
-- message: civitai/civitai add_training_data_download_tracking
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "UserActivityType" ADD VALUE 'TrainingDataDownload';

-- migrate:down irreversible
