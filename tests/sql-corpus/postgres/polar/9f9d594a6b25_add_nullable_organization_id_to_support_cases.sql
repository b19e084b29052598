-- revision: 9f9d594a6b25
-- down_revision: e3a7c91f4d8b
-- message: polarsource/polar add_nullable_organization_id_to_support_cases

-- migrate:up
-- alembic: upgrade e3a7c91f4d8b -> 9f9d594a6b25

SET LOCAL lock_timeout = '5s';

ALTER TABLE support_cases ADD COLUMN organization_id UUID;

CREATE INDEX ix_support_cases_organization_id ON support_cases (organization_id);

ALTER TABLE support_cases ADD CONSTRAINT support_cases_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE restrict;

-- migrate:down
-- alembic: downgrade 9f9d594a6b25 -> e3a7c91f4d8b

SET LOCAL lock_timeout = '5s';

ALTER TABLE support_cases DROP CONSTRAINT support_cases_organization_id_fkey;

DROP INDEX ix_support_cases_organization_id;

ALTER TABLE support_cases DROP COLUMN organization_id;
