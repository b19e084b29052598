-- revision: 7ae9e431e67a
-- down_revision: 15768c2ec702
-- message: PrefectHQ/prefect work_status_fields

-- migrate:up
-- alembic: upgrade 15768c2ec702 -> 7ae9e431e67a

CREATE TYPE deployment_status AS ENUM ('READY', 'NOT_READY');

ALTER TABLE deployment ADD COLUMN status deployment_status DEFAULT 'NOT_READY' NOT NULL;

CREATE TYPE work_pool_status AS ENUM ('READY', 'NOT_READY', 'PAUSED');

ALTER TABLE work_pool ADD COLUMN status work_pool_status DEFAULT 'NOT_READY' NOT NULL;

CREATE TYPE work_queue_status AS ENUM ('READY', 'NOT_READY', 'PAUSED');

ALTER TABLE work_queue ADD COLUMN status work_queue_status DEFAULT 'NOT_READY' NOT NULL;

-- migrate:down
-- alembic: downgrade 7ae9e431e67a -> 15768c2ec702

ALTER TABLE work_queue DROP COLUMN status;

ALTER TABLE work_pool DROP COLUMN status;

ALTER TABLE deployment DROP COLUMN status;

DROP TYPE work_queue_status;

DROP TYPE work_pool_status;

DROP TYPE deployment_status;
