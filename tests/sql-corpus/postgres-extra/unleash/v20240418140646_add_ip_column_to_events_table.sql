-- revision: v20240418140646
-- down_revision: v20240408104624
-- message: Unleash/unleash add_ip_column_to_events_table

-- migrate:up
ALTER TABLE events ADD COLUMN ip TEXT;

-- migrate:down irreversible
