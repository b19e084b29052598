-- revision: v093
-- down_revision: v092
-- message: miniflux/v2 migration_93

-- migrate:up
ALTER TABLE users
	ADD COLUMN block_filter_entry_rules text not null default '',
	ADD COLUMN keep_filter_entry_rules text not null default '';

-- migrate:down irreversible
