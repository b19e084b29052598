-- revision: v20141002222426
-- down_revision: v20141002195941
-- message: rust-lang/crates.io dumped_migration_49

-- migrate:up
ALTER TABLE crate_downloads ADD CONSTRAINT fk_crate_downloads_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE crate_downloads DROP CONSTRAINT fk_crate_downloads_crate_id;
