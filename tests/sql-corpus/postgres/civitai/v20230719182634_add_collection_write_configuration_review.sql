-- revision: v20230719182634
-- down_revision: v20230719152210
-- message: civitai/civitai add_collection_write_configuration_review
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CollectionWriteConfiguration" ADD VALUE 'Review';

-- migrate:down irreversible
