-- revision: 94622c1663e8
-- down_revision: b23c83a12cb4
-- message: PrefectHQ/prefect json_variables

-- migrate:up
-- alembic: upgrade b23c83a12cb4 -> 94622c1663e8

ALTER TABLE variable ADD COLUMN json_value JSONB;

ALTER TABLE variable DROP COLUMN value;

ALTER TABLE variable RENAME json_value TO value;

-- migrate:down
-- alembic: downgrade 94622c1663e8 -> b23c83a12cb4

ALTER TABLE variable ADD COLUMN string_value VARCHAR;

ALTER TABLE variable DROP COLUMN value;

ALTER TABLE variable ALTER COLUMN string_value SET NOT NULL;

ALTER TABLE variable RENAME string_value TO value;
