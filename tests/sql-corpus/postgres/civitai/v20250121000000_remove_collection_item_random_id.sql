-- revision: v20250121000000
-- down_revision: v20250120222939
-- message: civitai/civitai remove_collection_item_random_id

-- migrate:up
-- AlterTable: Remove randomId column from CollectionItem
-- This column is no longer needed as random ordering is now computed using hash-based ordering with a seed stored in Redis

ALTER TABLE "CollectionItem" DROP COLUMN IF EXISTS "randomId";

-- migrate:down irreversible
