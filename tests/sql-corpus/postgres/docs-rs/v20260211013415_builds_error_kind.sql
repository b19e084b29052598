-- revision: v20260211013415
-- down_revision: v20260208190819
-- message: rust-lang/docs.rs builds_error_kind

-- migrate:up
ALTER TABLE builds ADD COLUMN error_kind TEXT;
CREATE INDEX builds_error_kind_idx ON builds USING btree (error_kind) ;

-- migrate:down
DROP INDEX builds_error_kind_idx;
ALTER TABLE builds DROP COLUMN error_kind;
