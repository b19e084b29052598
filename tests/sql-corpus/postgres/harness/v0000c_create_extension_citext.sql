-- revision: v0000c
-- down_revision: v0000b
-- message: harness/harness create_extension_citext

-- migrate:up
CREATE EXTENSION IF NOT EXISTS citext;

-- migrate:down irreversible
