-- revision: v20170102145236
-- down_revision: v20170102131034
-- message: rust-lang/crates.io dumped_migration_121

-- migrate:up
CREATE UNIQUE INDEX badges_crate_type ON badges (crate_id, badge_type);

-- migrate:down
DROP INDEX badges_crate_type;
