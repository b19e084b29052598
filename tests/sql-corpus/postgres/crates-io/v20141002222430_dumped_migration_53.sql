-- revision: v20141002222430
-- down_revision: v20141002222429
-- message: rust-lang/crates.io dumped_migration_53

-- migrate:up
ALTER TABLE follows ADD CONSTRAINT fk_follows_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE follows DROP CONSTRAINT fk_follows_crate_id;
