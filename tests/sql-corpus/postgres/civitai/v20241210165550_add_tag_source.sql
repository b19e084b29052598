-- revision: v20241210165550
-- down_revision: v20241206194713
-- message: civitai/civitai add_tag_source
-- transactional: false

-- migrate:up

-- AlterEnum
ALTER TYPE "TagSource" ADD VALUE 'Hive';

-- migrate:down irreversible
