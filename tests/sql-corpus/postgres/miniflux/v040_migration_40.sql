-- revision: v040
-- down_revision: v039
-- message: miniflux/v2 migration_40

-- migrate:up
ALTER TABLE feeds
	ADD COLUMN blocklist_rules text not null default '',
	ADD COLUMN keeplist_rules text not null default '';

-- migrate:down irreversible
