-- revision: b493ccc15e3f
-- down_revision: d3f5a9c47e21
-- message: polarsource/polar add_embed_hosts_to_organizations

-- migrate:up
-- alembic: upgrade d3f5a9c47e21 -> b493ccc15e3f

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations ADD COLUMN embed_hosts JSONB;

-- migrate:down
-- alembic: downgrade b493ccc15e3f -> d3f5a9c47e21

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations DROP COLUMN embed_hosts;
