-- revision: v106
-- down_revision: v105
-- message: miniflux/v2 migration_106

-- migrate:up
ALTER TABLE icons ADD COLUMN external_id text default '';
CREATE UNIQUE INDEX icons_external_id_idx ON icons USING btree(external_id) WHERE external_id <> '';

-- migrate:down irreversible
