-- revision: v20240524211244
-- down_revision: v20240520214941
-- message: civitai/civitai add_training_statuses
-- transactional: false

-- migrate:up
ALTER TYPE "TrainingStatus" ADD VALUE 'Paused';
ALTER TYPE "TrainingStatus" ADD VALUE 'Denied';

-- migrate:down irreversible
