-- revision: v20241018031600
-- down_revision: v20241015054153
-- message: rust-lang/docs.rs documentation_size

-- migrate:up
ALTER TABLE builds ADD COLUMN documentation_size BIGINT;
ALTER TABLE releases ADD COLUMN source_size BIGINT;

-- migrate:down
ALTER TABLE builds DROP COLUMN documentation_size;
ALTER TABLE releases DROP COLUMN source_size;
