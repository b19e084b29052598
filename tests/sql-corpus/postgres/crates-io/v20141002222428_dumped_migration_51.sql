-- revision: v20141002222428
-- down_revision: v20141002222427
-- message: rust-lang/crates.io dumped_migration_51

-- migrate:up
ALTER TABLE dependencies ADD CONSTRAINT fk_dependencies_version_id
                                 FOREIGN KEY (version_id) REFERENCES versions (id);

-- migrate:down
ALTER TABLE dependencies DROP CONSTRAINT fk_dependencies_version_id;
