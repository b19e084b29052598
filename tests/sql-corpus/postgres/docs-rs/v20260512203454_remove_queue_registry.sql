-- revision: v20260512203454
-- down_revision: v20260508232425
-- message: rust-lang/docs.rs remove_queue_registry

-- migrate:up
ALTER TABLE queue DROP COLUMN registry;

-- migrate:down
ALTER TABLE queue ADD COLUMN registry TEXT;

