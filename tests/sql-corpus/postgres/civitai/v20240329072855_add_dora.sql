-- revision: v20240329072855
-- down_revision: v20240327194537
-- message: civitai/civitai add_dora
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'DoRA';

-- migrate:down irreversible
