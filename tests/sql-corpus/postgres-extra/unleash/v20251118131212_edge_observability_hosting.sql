-- revision: v20251118131212
-- down_revision: v20251105153729
-- message: Unleash/unleash edge_observability_hosting

-- migrate:up
ALTER TABLE stat_edge_observability
        ADD COLUMN hosting TEXT;

-- migrate:down irreversible
