-- revision: 017d759805d9
-- down_revision: 01ebe17218c0
-- message: keephq/keep add_resolve_on_action_to_rule

-- migrate:up
-- alembic: upgrade 01ebe17218c0 -> 017d759805d9

ALTER TABLE rule ADD COLUMN resolve_on VARCHAR DEFAULT 'never' NOT NULL;

-- migrate:down
-- alembic: downgrade 017d759805d9 -> 01ebe17218c0

ALTER TABLE rule DROP COLUMN resolve_on;
