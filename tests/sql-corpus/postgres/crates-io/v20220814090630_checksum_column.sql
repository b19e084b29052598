-- revision: v20220814090630
-- down_revision: v20211008113656
-- message: rust-lang/crates.io checksum_column

-- migrate:up
ALTER TABLE versions
    ADD COLUMN checksum CHAR(64) NULL;

-- migrate:down
ALTER TABLE versions
    DROP COLUMN checksum;
