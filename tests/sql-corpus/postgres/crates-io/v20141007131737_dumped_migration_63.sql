-- revision: v20141007131737
-- down_revision: v20141007131736
-- message: rust-lang/crates.io dumped_migration_63

-- migrate:up
ALTER TABLE crate_owners ADD CONSTRAINT fk_crate_owners_created_by
                                 FOREIGN KEY (created_by) REFERENCES users (id);

-- migrate:down
ALTER TABLE crate_owners DROP CONSTRAINT fk_crate_owners_created_by;
