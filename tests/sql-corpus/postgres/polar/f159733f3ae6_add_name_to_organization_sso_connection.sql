-- revision: f159733f3ae6
-- down_revision: c3f9de841eed
-- message: polarsource/polar add_name_to_organization_sso_connection

-- migrate:up
-- alembic: upgrade c3f9de841eed -> f159733f3ae6

SET LOCAL lock_timeout = '5s';

ALTER TABLE organization_sso_connections ADD COLUMN name VARCHAR;

-- migrate:down
-- alembic: downgrade f159733f3ae6 -> c3f9de841eed

SET LOCAL lock_timeout = '5s';

ALTER TABLE organization_sso_connections DROP COLUMN name;
