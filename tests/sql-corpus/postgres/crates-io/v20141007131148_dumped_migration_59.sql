-- revision: v20141007131148
-- down_revision: v20141007131147
-- message: rust-lang/crates.io dumped_migration_59

-- migrate:up
ALTER TABLE version_authors ADD CONSTRAINT fk_version_authors_version_id
                                 FOREIGN KEY (version_id) REFERENCES versions (id);

-- migrate:down
ALTER TABLE version_authors DROP CONSTRAINT fk_version_authors_version_id;
