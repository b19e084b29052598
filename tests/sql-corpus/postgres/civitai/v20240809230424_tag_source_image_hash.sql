-- revision: v20240809230424
-- down_revision: v20240809155038
-- message: civitai/civitai tag_source_image_hash
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "TagSource" ADD VALUE 'ImageHash';

-- migrate:down irreversible
