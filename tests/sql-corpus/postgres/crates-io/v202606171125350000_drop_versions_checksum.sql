-- revision: v202606171125350000
-- down_revision: v202606171106290000
-- message: rust-lang/crates.io drop_versions_checksum

-- migrate:up
-- safety-assured:start
-- The previous release stopped reading and writing `checksum` entirely, so no
-- running code references the column when it is dropped.
ALTER TABLE versions DROP COLUMN checksum;
-- safety-assured:end

-- migrate:down
-- This only restores the column shape; the dropped checksum data is gone.
ALTER TABLE versions ADD COLUMN checksum char(64);
