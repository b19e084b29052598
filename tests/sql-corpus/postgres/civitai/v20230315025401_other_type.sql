-- revision: v20230315025401
-- down_revision: v20230313221818
-- message: civitai/civitai other_type
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'Other';

-- migrate:down irreversible
