-- revision: v66_02
-- down_revision: v66_01
-- message: MarquezProject/marquez alter_lineage_events_add_event_type

-- migrate:up
ALTER TABLE lineage_events ADD COLUMN _event_type VARCHAR(64);
ALTER TABLE lineage_events ALTER COLUMN _event_type SET DEFAULT 'RUN_EVENT';

-- migrate:down irreversible
