-- revision: 4147d9e706c0
-- down_revision: 92f4f93f2140
-- message: keephq/keep provider_last_pull_time

-- migrate:up
-- alembic: upgrade 92f4f93f2140 -> 4147d9e706c0

ALTER TABLE provider ADD COLUMN last_pull_time TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down
-- alembic: downgrade 4147d9e706c0 -> 92f4f93f2140

ALTER TABLE provider DROP COLUMN last_pull_time;
