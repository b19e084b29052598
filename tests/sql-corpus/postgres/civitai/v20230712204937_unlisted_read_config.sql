-- revision: v20230712204937
-- down_revision: v20230712203205
-- message: civitai/civitai unlisted_read_config
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CollectionReadConfiguration" ADD VALUE 'Unlisted';

-- migrate:down irreversible
