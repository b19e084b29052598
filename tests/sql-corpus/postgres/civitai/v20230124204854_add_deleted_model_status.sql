-- revision: v20230124204854
-- down_revision: v20230124192503
-- message: civitai/civitai add_deleted_model_status
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelStatus" ADD VALUE 'Deleted';

-- migrate:down irreversible
