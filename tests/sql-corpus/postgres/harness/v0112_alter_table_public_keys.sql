-- revision: v0112
-- down_revision: v0111b
-- message: harness/harness alter_table_public_keys

-- migrate:up
ALTER TABLE public_keys
    ADD COLUMN public_key_scheme TEXT DEFAULT 'ssh' NOT NULL;

-- migrate:down
ALTER TABLE public_keys
    DROP COLUMN public_key_scheme;
