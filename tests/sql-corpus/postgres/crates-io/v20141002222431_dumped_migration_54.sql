-- revision: v20141002222431
-- down_revision: v20141002222430
-- message: rust-lang/crates.io dumped_migration_54

-- migrate:up
ALTER TABLE version_downloads ADD CONSTRAINT fk_version_downloads_version_id
                                 FOREIGN KEY (version_id) REFERENCES versions (id);

-- migrate:down
ALTER TABLE version_downloads DROP CONSTRAINT fk_version_downloads_version_id;
