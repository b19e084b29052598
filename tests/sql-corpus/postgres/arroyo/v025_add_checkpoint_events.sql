-- revision: v025
-- down_revision: v024
-- message: ArroyoSystems/arroyo add_checkpoint_events

-- migrate:up
alter table checkpoints add column event_spans JSONB DEFAULT '[]' NOT NULL;

-- migrate:down irreversible
