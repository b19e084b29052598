-- revision: v202606171106290000
-- down_revision: v202606171053250000
-- message: rust-lang/crates.io versions_checksum_drop_not_null

-- migrate:up
-- safety-assured:start
-- The previous release stopped selecting `checksum` into the `Version` read
-- model and reads the digest from `tar_sha256` instead, so no running code
-- depends on `checksum` being non-null. Making it nullable lets this release
-- stop writing it before the column is dropped.
ALTER TABLE versions ALTER COLUMN checksum DROP NOT NULL;
-- safety-assured:end


-- migrate:down
ALTER TABLE versions ALTER COLUMN checksum SET NOT NULL;
