-- revision: v20220817073805
-- down_revision: v20220814090630
-- message: rust-lang/crates.io explicit_name

-- migrate:up
ALTER TABLE dependencies
    ADD COLUMN explicit_name VARCHAR NULL;

-- migrate:down
ALTER TABLE dependencies
    DROP COLUMN explicit_name;
