-- revision: 7ed12220a0d3
-- down_revision: 1c650a429672
-- message: keephq/keep added_is_disabled_to_workflows

-- migrate:up
-- alembic: upgrade 1c650a429672 -> 7ed12220a0d3

ALTER TABLE workflow ADD COLUMN is_disabled BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade 7ed12220a0d3 -> 1c650a429672

ALTER TABLE workflow DROP COLUMN is_disabled;
