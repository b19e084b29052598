-- revision: v0000b
-- down_revision: v0000a
-- message: harness/harness create_extension_btree

-- migrate:up
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- migrate:down irreversible
