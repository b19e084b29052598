-- revision: v20140925153705
-- down_revision: v20140925153704
-- message: rust-lang/crates.io dumped_migration_14

-- migrate:up
INSERT INTO metadata (total_downloads) VALUES (0);

-- migrate:down
DELETE FROM metadata;
