-- revision: v20260316113111
-- down_revision: v20260312100000
-- message: Unleash/unleash update_memory_usage_to_big_int

-- migrate:up
ALTER TABLE stat_edge_observability ALTER COLUMN memory_usage TYPE BIGINT;

-- migrate:down irreversible
