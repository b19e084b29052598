-- revision: 5d7ae55efc6a
-- down_revision: 772790c2e50a
-- message: keephq/keep mappingrule_type_default_value

-- migrate:up
-- alembic: upgrade 772790c2e50a -> 5d7ae55efc6a

ALTER TABLE mappingrule ALTER COLUMN type SET NOT NULL;

ALTER TABLE mappingrule ALTER COLUMN type SET DEFAULT 'csv';

-- migrate:down
-- alembic: downgrade 5d7ae55efc6a -> 772790c2e50a

ALTER TABLE mappingrule ALTER COLUMN type DROP NOT NULL;
