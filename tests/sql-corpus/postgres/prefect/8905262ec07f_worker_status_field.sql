-- revision: 8905262ec07f
-- down_revision: 7ae9e431e67a
-- message: PrefectHQ/prefect worker_status_field

-- migrate:up
-- alembic: upgrade 7ae9e431e67a -> 8905262ec07f

ALTER TABLE work_pool ADD COLUMN last_transitioned_status_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE work_pool ADD COLUMN last_status_event_id UUID;

CREATE TYPE worker_status AS ENUM ('ONLINE', 'OFFLINE');

ALTER TABLE worker ADD COLUMN status worker_status DEFAULT 'OFFLINE' NOT NULL;

-- migrate:down
-- alembic: downgrade 8905262ec07f -> 7ae9e431e67a

ALTER TABLE worker DROP COLUMN status;

ALTER TABLE work_pool DROP COLUMN last_transitioned_status_at;

ALTER TABLE work_pool DROP COLUMN last_status_event_id;
