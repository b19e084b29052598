-- revision: 938b1aa62d5c
-- down_revision: 1aacee84447e
-- message: keephq/keep provisioned

-- migrate:up
-- alembic: upgrade 1aacee84447e -> 938b1aa62d5c

ALTER TABLE provider ADD COLUMN provisioned BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE workflow ADD COLUMN provisioned BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE workflow ADD COLUMN provisioned_file VARCHAR;

-- migrate:down
-- alembic: downgrade 938b1aa62d5c -> 1aacee84447e

ALTER TABLE workflow DROP COLUMN provisioned;

ALTER TABLE provider DROP COLUMN provisioned;
