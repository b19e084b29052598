-- revision: d3f5a9c47e21
-- down_revision: 915a09233568
-- message: polarsource/polar make_custom_fields_slug_uniqueness_ignore_soft_deleted_rows

-- migrate:up
-- alembic: upgrade 915a09233568 -> d3f5a9c47e21

SET LOCAL lock_timeout = '5s';

ALTER TABLE custom_fields DROP CONSTRAINT custom_fields_slug_organization_id_key;

CREATE UNIQUE INDEX custom_fields_slug_organization_id_active_key ON custom_fields (slug, organization_id) WHERE deleted_at IS NULL;

-- migrate:down
-- alembic: downgrade d3f5a9c47e21 -> 915a09233568

SET LOCAL lock_timeout = '5s';

DROP INDEX custom_fields_slug_organization_id_active_key;

ALTER TABLE custom_fields ADD CONSTRAINT custom_fields_slug_organization_id_key UNIQUE (slug, organization_id);
