-- revision: v20250120222939
-- down_revision: v20250114185408
-- message: civitai/civitai model_type_detection
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'Detection';

-- migrate:down irreversible
