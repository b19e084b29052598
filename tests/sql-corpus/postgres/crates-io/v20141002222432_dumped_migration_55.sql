-- revision: v20141002222432
-- down_revision: v20141002222431
-- message: rust-lang/crates.io dumped_migration_55

-- migrate:up
ALTER TABLE versions ADD CONSTRAINT fk_versions_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE versions DROP CONSTRAINT fk_versions_crate_id;
