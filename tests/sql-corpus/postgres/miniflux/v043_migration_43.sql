-- revision: v043
-- down_revision: v042
-- message: miniflux/v2 migration_43

-- migrate:up
ALTER TABLE users
	ADD column stylesheet text not null default '',
	ADD column google_id text not null default '',
	ADD column openid_connect_id text not null default '';

-- migrate:down irreversible
