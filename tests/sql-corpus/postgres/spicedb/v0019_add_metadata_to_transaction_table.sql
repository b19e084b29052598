-- revision: v0019
-- down_revision: v0018
-- message: authzed/spicedb add_metadata_to_transaction_table

-- migrate:up
ALTER TABLE relation_tuple_transaction ADD COLUMN IF NOT EXISTS metadata JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
