-- revision: 895fe80117aa
-- down_revision: ef0b5b0df41c
-- message: keephq/keep add_timestamp_and_provider_type_to_alertraw

-- migrate:up
-- alembic: upgrade ef0b5b0df41c -> 895fe80117aa

ALTER TABLE alertraw ADD COLUMN timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

ALTER TABLE alertraw ADD COLUMN provider_type VARCHAR(255);

-- migrate:down
-- alembic: downgrade 895fe80117aa -> ef0b5b0df41c

ALTER TABLE alertraw DROP COLUMN provider_type;

ALTER TABLE alertraw DROP COLUMN timestamp;
