-- revision: v20241029130802
-- down_revision: v20241024173800
-- message: langfuse/langfuse prices_drop_excess_index
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY "prices_model_id_idx";

-- migrate:down irreversible
