-- revision: 629d5081160f
-- down_revision: 7d5be54acd49
-- message: LAION-AI/Open-Assistant changed_worker_config_to_worker_info

-- migrate:up
-- alembic: upgrade 7d5be54acd49 -> 629d5081160f

ALTER TABLE worker_event ADD COLUMN worker_info JSONB;

ALTER TABLE worker_event DROP COLUMN worker_config;

-- migrate:down
-- alembic: downgrade 629d5081160f -> 7d5be54acd49

ALTER TABLE worker_event ADD COLUMN worker_config JSONB;

ALTER TABLE worker_event DROP COLUMN worker_info;
