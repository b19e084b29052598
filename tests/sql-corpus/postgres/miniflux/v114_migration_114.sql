-- revision: v114
-- down_revision: v113
-- message: miniflux/v2 migration_114

-- migrate:up
ALTER TABLE feeds
	ADD COLUMN block_filter_entry_rules text not null default '',
	ADD COLUMN keep_filter_entry_rules text not null default '';

-- migrate:down irreversible
