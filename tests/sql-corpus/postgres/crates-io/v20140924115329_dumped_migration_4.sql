-- revision: v20140924115329
-- down_revision: v20140924114059
-- message: rust-lang/crates.io dumped_migration_4

-- migrate:up
ALTER TABLE versions ADD CONSTRAINT unique_num UNIQUE (package_id, num);

-- migrate:down
ALTER TABLE versions DROP CONSTRAINT unique_num;
