-- revision: 6cd2cda5a8a0
-- down_revision: 42886ceacac8
-- message: polarsource/polar add_sso_enforced_to_organization

-- migrate:up
-- alembic: upgrade 42886ceacac8 -> 6cd2cda5a8a0

SET LOCAL lock_timeout = '5s';

ALTER TABLE organizations ADD COLUMN sso_enforced BOOLEAN;

-- migrate:down
-- alembic: downgrade 6cd2cda5a8a0 -> 42886ceacac8

SET LOCAL lock_timeout = '5s';

ALTER TABLE organizations DROP COLUMN sso_enforced;
