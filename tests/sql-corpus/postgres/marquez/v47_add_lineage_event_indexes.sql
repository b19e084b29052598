-- revision: v47
-- down_revision: v46
-- message: MarquezProject/marquez add_lineage_event_indexes
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY lineage_events_event_time
    on lineage_events(event_time DESC);

-- migrate:down irreversible
