-- revision: v000005
-- down_revision: v000004
-- message: uber/cadence num_clusters

-- migrate:up
ALTER TABLE executions_visibility ADD num_clusters INTEGER NULL;

-- migrate:down irreversible
