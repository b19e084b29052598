-- revision: v028
-- down_revision: v027
-- message: miniflux/v2 migration_28

-- migrate:up
ALTER TABLE entries ADD COLUMN share_code text not null default '';
CREATE UNIQUE INDEX entries_share_code_idx ON entries USING btree(share_code) WHERE share_code <> '';

-- migrate:down irreversible
