-- revision: 0832e0d9889a
-- down_revision: 9453855f3ba0
-- message: keephq/keep add_last_seen_time_field_to_incident

-- migrate:up
-- alembic: upgrade 9453855f3ba0 -> 0832e0d9889a

ALTER TABLE incident ADD COLUMN last_seen_time TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down
-- alembic: downgrade 0832e0d9889a -> 9453855f3ba0

ALTER TABLE incident DROP COLUMN last_seen_time;
