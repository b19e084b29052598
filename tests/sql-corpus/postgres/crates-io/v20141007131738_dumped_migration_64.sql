-- revision: v20141007131738
-- down_revision: v20141007131737
-- message: rust-lang/crates.io dumped_migration_64

-- migrate:up
ALTER TABLE crate_owners ADD CONSTRAINT fk_crate_owners_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE crate_owners DROP CONSTRAINT fk_crate_owners_crate_id;
