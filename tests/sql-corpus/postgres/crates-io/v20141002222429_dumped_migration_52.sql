-- revision: v20141002222429
-- down_revision: v20141002222428
-- message: rust-lang/crates.io dumped_migration_52

-- migrate:up
ALTER TABLE dependencies ADD CONSTRAINT fk_dependencies_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE dependencies DROP CONSTRAINT fk_dependencies_crate_id;
