-- revision: v20180603195948
-- down_revision: v20180503150523
-- message: rust-lang/crates.io add_crate_size

-- migrate:up
ALTER TABLE versions
ADD COLUMN crate_size integer;

-- migrate:down
ALTER TABLE versions
DROP COLUMN crate_size;
