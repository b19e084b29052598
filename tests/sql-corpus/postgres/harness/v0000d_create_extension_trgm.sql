-- revision: v0000d
-- down_revision: v0000c
-- message: harness/harness create_extension_trgm

-- migrate:up
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- migrate:down irreversible
