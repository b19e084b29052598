-- revision: 31d662178679
-- down_revision: 6cd2cda5a8a0
-- message: polarsource/polar enforce_organizations_sso_enforced_not_null

-- migrate:up
-- alembic: upgrade 6cd2cda5a8a0 -> 31d662178679

SET LOCAL lock_timeout = '5s';

UPDATE organizations SET sso_enforced = false WHERE sso_enforced IS NULL;

ALTER TABLE organizations ALTER COLUMN sso_enforced SET NOT NULL;

-- migrate:down
-- alembic: downgrade 31d662178679 -> 6cd2cda5a8a0

SET LOCAL lock_timeout = '5s';

ALTER TABLE organizations ALTER COLUMN sso_enforced DROP NOT NULL;
