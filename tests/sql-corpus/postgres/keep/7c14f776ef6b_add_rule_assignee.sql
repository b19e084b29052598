-- revision: 7c14f776ef6b
-- down_revision: 90e3eababbf0
-- message: keephq/keep add_rule_assignee

-- migrate:up
-- alembic: upgrade 90e3eababbf0 -> 7c14f776ef6b

ALTER TABLE rule ADD COLUMN assignee VARCHAR;

-- migrate:down
-- alembic: downgrade 7c14f776ef6b -> 90e3eababbf0

ALTER TABLE rule DROP COLUMN assignee;
