-- revision: v20240326122126
-- down_revision: v20240325081847
-- message: Unleash/unleash add_index_on_group_name

-- migrate:up
CREATE INDEX IF NOT EXISTS groups_group_name_idx ON groups(name);

-- migrate:down irreversible
