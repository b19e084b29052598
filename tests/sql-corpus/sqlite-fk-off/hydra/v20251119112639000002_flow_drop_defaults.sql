-- revision: v20251119112639000002
-- down_revision: v20251119112639000001
-- message: ory/hydra flow_drop_defaults

-- migrate:up
-- nothing to do for sqlite

-- migrate:down
-- nothing to do for sqlite
