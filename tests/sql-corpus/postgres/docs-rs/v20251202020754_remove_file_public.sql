-- revision: v20251202020754
-- down_revision: v20241219091521
-- message: rust-lang/docs.rs remove_file_public

-- migrate:up
ALTER TABLE files DROP COLUMN public;

-- migrate:down
ALTER TABLE files ADD COLUMN public BOOL NOT NULL DEFAULT FALSE;
