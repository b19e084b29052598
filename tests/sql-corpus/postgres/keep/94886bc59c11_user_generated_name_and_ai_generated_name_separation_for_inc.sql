-- revision: 94886bc59c11
-- down_revision: 7ed12220a0d3
-- message: keephq/keep user_generated_name_and_ai_generated_name_separation_for_inc

-- migrate:up
-- alembic: upgrade 7ed12220a0d3 -> 94886bc59c11

ALTER TABLE incident ADD COLUMN user_generated_name VARCHAR;

ALTER TABLE incident ADD COLUMN ai_generated_name VARCHAR;

UPDATE incident SET user_generated_name = name;

ALTER TABLE incident DROP COLUMN name;

-- migrate:down
-- alembic: downgrade 94886bc59c11 -> 7ed12220a0d3

ALTER TABLE incident ADD COLUMN name VARCHAR NOT NULL;

UPDATE incident SET name = user_generated_name;

ALTER TABLE incident DROP COLUMN ai_generated_name;

ALTER TABLE incident DROP COLUMN user_generated_name;
