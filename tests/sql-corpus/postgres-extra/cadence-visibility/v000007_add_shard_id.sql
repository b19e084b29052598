-- revision: v000007
-- down_revision: v000006
-- message: uber/cadence add_shard_id

-- migrate:up
ALTER TABLE executions_visibility ADD shard_id INTEGER NULL DEFAULT -1;

-- migrate:down irreversible
