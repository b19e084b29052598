-- revision: 45773b693045
-- down_revision: b493ccc15e3f
-- message: polarsource/polar enforce_organizations_embed_hosts_not_null

-- migrate:up
-- alembic: upgrade b493ccc15e3f -> 45773b693045

SET LOCAL lock_timeout = '30s';

UPDATE organizations SET embed_hosts = '[]' WHERE embed_hosts IS NULL;

ALTER TABLE organizations ALTER COLUMN embed_hosts SET NOT NULL;

-- migrate:down
-- alembic: downgrade 45773b693045 -> b493ccc15e3f

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations ALTER COLUMN embed_hosts DROP NOT NULL;
