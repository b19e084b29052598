-- revision: v20210209133314
-- down_revision: v20200828163209
-- message: rust-lang/crates.io add_version_owner_actions_index

-- migrate:up
CREATE INDEX IF NOT EXISTS index_version_owner_actions_by_version_id ON version_owner_actions (version_id);

-- migrate:down
DROP INDEX IF EXISTS index_version_owner_actions_by_version_id;
