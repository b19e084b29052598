-- revision: v20140930082104
-- down_revision: v20140929185718
-- message: rust-lang/crates.io dumped_migration_36

-- migrate:up
DROP TABLE version_dependencies;

-- migrate:down
CREATE TABLE version_dependencies (
                            version_id INTEGER
                        );
