-- revision: v025
-- down_revision: v024
-- message: feldera/feldera remove_program_binary_url

-- migrate:up
-- Remove `program_binary_url` field from the `pipeline` table
ALTER TABLE pipeline
DROP COLUMN program_binary_url;

-- migrate:down irreversible
