-- revision: v20230908201330
-- down_revision: v20230906215932
-- message: civitai/civitai computed_tag_source
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "TagSource" ADD VALUE 'Computed';

-- migrate:down irreversible
