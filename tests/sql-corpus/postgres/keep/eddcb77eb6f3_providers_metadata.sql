-- revision: eddcb77eb6f3
-- down_revision: 819927b7ccfa
-- message: keephq/keep providers_metadata

-- migrate:up
-- alembic: upgrade 819927b7ccfa -> eddcb77eb6f3

ALTER TABLE provider ADD COLUMN provider_metadata JSON;

-- migrate:down
-- alembic: downgrade eddcb77eb6f3 -> 819927b7ccfa

ALTER TABLE provider DROP COLUMN provider_metadata;
