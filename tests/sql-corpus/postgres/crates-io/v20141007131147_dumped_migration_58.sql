-- revision: v20141007131147
-- down_revision: v20141007131146
-- message: rust-lang/crates.io dumped_migration_58

-- migrate:up
ALTER TABLE version_authors ADD CONSTRAINT fk_version_authors_user_id
                                 FOREIGN KEY (user_id) REFERENCES users (id);

-- migrate:down
ALTER TABLE version_authors DROP CONSTRAINT fk_version_authors_user_id;
