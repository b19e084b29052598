-- revision: v003
-- down_revision: v002
-- message: miniflux/v2 migration_3

-- migrate:up
CREATE TABLE tokens (
	id text not null,
	value text not null,
	created_at timestamp with time zone not null default now(),
	primary key(id, value)
);

-- migrate:down irreversible
