-- revision: v20230912004157
-- down_revision: v20230908201330
-- message: civitai/civitai motion_module
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'MotionModule';

-- migrate:down irreversible
