-- revision: v72
-- down_revision: v71
-- message: MarquezProject/marquez drop_daily_mat_view_lineage_metrics

-- migrate:up
DROP MATERIALIZED VIEW IF EXISTS lineage_events_by_type_daily_view;

-- migrate:down irreversible
