-- revision: v20240313184911
-- down_revision: v20240313182623
-- message: rust-lang/docs.rs build_errors

-- migrate:up
ALTER TABLE builds ADD COLUMN errors TEXT;

-- migrate:down
ALTER TABLE builds DROP COLUMN errors;
