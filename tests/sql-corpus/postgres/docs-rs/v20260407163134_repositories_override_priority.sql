-- revision: v20260407163134
-- down_revision: v20260211013415
-- message: rust-lang/docs.rs repositories_override_priority

-- migrate:up
ALTER TABLE repositories ADD COLUMN override_build_priority INTEGER;

-- migrate:down
ALTER TABLE repositories DROP COLUMN override_build_priority;
