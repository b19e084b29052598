-- revision: 7297ae99cd21
-- down_revision: 4f8c4b185d5b
-- message: keephq/keep add_rule_create_on

-- migrate:up
-- alembic: upgrade 4f8c4b185d5b -> 7297ae99cd21

ALTER TABLE rule ADD COLUMN create_on VARCHAR DEFAULT 'any' NOT NULL;

-- migrate:down
-- alembic: downgrade 7297ae99cd21 -> 4f8c4b185d5b

ALTER TABLE rule DROP COLUMN create_on;
