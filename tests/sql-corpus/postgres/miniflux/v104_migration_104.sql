-- revision: v104
-- down_revision: v103
-- message: miniflux/v2 migration_104

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN pushover_enabled bool default 'f',
	ADD COLUMN pushover_user text default '',
	ADD COLUMN pushover_token text default '',
	ADD COLUMN pushover_device text default '',
	ADD COLUMN pushover_prefix text default '';

ALTER TABLE feeds
	ADD COLUMN pushover_enabled bool default 'f',
	ADD COLUMN pushover_priority int default '0';

-- migrate:down irreversible
